// The properties of entities with their Cypher types (valueType), temporal values as ISO strings, as
// the merge record stores them (see entity-merge-lookup): the kept entity's properties right after a
// merge, and again before an unmerge, so unmerge can tell what changed since.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, [k IN keys(e) | {k: k, t: valueType(e[k]), v:
  CASE
    WHEN valueType(e[k]) STARTS WITH 'LIST' AND (valueType(e[k]) CONTAINS 'DATE' OR valueType(e[k]) CONTAINS 'TIME' OR valueType(e[k]) CONTAINS 'DURATION')
      THEN [x IN e[k] | toString(x)]
    WHEN valueType(e[k]) CONTAINS 'DATE' OR valueType(e[k]) CONTAINS 'TIME' OR valueType(e[k]) CONTAINS 'DURATION'
      THEN toString(e[k])
    ELSE e[k]
  END}] AS properties
