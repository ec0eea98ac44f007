// The node side of undoing a merge: re-creates the merged entity with exactly the properties it had
// (types restored from the record's type names: valueType() spellings), gives `keep` back the
// properties the service computed (what it had before the merge, keeping any change made since by
// someone else), removes the redirect from the merged id and the merge record.
// Properties arrive as {target: 'merged' | 'keep', k, t, v}; `$keepRemove` lists keys keep loses.
MATCH (keep:Entity {id: $keepId})
MATCH (rec:EntityMerge {mergedId: $mergedId})
OPTIONAL MATCH (redirect:EntityRedirect {id: $mergedId})
DETACH DELETE redirect, rec
WITH keep, [p IN $properties | {target: p.target, k: p.k, v:
  CASE
    WHEN p.t STARTS WITH 'ZONED DATETIME' THEN datetime(p.v)
    WHEN p.t STARTS WITH 'LOCAL DATETIME' THEN localdatetime(p.v)
    WHEN p.t STARTS WITH 'DATE' THEN date(p.v)
    WHEN p.t STARTS WITH 'ZONED TIME' THEN time(p.v)
    WHEN p.t STARTS WITH 'LOCAL TIME' THEN localtime(p.v)
    WHEN p.t STARTS WITH 'DURATION' THEN duration(p.v)
    WHEN p.t STARTS WITH 'INTEGER' THEN toInteger(p.v)
    WHEN p.t STARTS WITH 'FLOAT' THEN toFloat(p.v)
    WHEN p.t STARTS WITH 'LIST<ZONED DATETIME' THEN [x IN p.v | datetime(x)]
    WHEN p.t STARTS WITH 'LIST<LOCAL DATETIME' THEN [x IN p.v | localdatetime(x)]
    WHEN p.t STARTS WITH 'LIST<DATE' THEN [x IN p.v | date(x)]
    WHEN p.t STARTS WITH 'LIST<INTEGER' THEN [x IN p.v | toInteger(x)]
    WHEN p.t STARTS WITH 'LIST<FLOAT' THEN [x IN p.v | toFloat(x)]
    ELSE p.v
  END}] AS props
CREATE (merged:Entity)
FOREACH (p IN [x IN props WHERE x.target = 'merged'] | SET merged[p.k] = p.v)
FOREACH (k IN $keepRemove | SET keep[k] = null)
FOREACH (p IN [x IN props WHERE x.target = 'keep'] | SET keep[p.k] = p.v)
RETURN keep {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId} AS keep,
       merged {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId} AS restored
