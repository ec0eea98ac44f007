// Candidate pairs for duplicateCandidates, found by blocking so that no one compares every pair of a
// big graph: each named entity gets a few blocking keys from its name and aliases (split into words
// as src/entity/duplicates/nameTokens.ts does: lower case, accents removed, split on non-letters; each
// word mapped to one spelling by the $canonical transliteration table, so Mykola/Nikolai, Kyiv/Kiev
// agree), its Wikidata id and the organisations it is affiliated with. Keys: the surname (last word),
// the given name with the surname's first three letters, the first four letters of a one-word name.
// Entities sharing a key form a block; only pairs within a block come out, for
// src/entity/duplicates/scoreDuplicate.ts to score. A block of more than $maxBlockSize entities (a
// very common surname, a big organisation) says little and would cost quadratically, so it is
// skipped. Anonymous sources are left out: their "names" describe, they do not identify. Kinds must
// agree or one be OTHER; $kind keeps pairs with one entity of that kind and the other of it or OTHER;
// $ids (resolved through redirects) keeps pairs involving one of them. Pairs sharing more keys come
// first, at most $maxPairs, in a stable order.
WITH [id IN coalesce($ids, []) | coalesce([(:EntityRedirect {id: id})-[:RESOLVES_TO]->(t:Entity) | t.id][0], id)] AS scope
MATCH (e:Entity)
WHERE NOT coalesce(e.anonymous, false)
  AND ($kind IS NULL OR e.kind IN [$kind, 'OTHER'])
WITH scope, e,
     [v IN [e.name] + coalesce(e.aliases, []) |
       [t IN split(
          // accents: the common combining marks, after NFKD splits them from their letters
          reduce(s = reduce(s = normalize(toLower(v), NFKD),
                            m IN ['\u0300', '\u0301', '\u0302', '\u0303', '\u0304', '\u0306', '\u0307', '\u0308',
                                  '\u030a', '\u030b', '\u030c', '\u0327', '\u0328'] | replace(s, m, '')),
                 // punctuation that separates words: hyphens, dots, apostrophes, quotes, brackets
                 p IN ['-', '\u2010', '\u2013', '\u2014', '.', ',', ';', ':', '\'', '\u2018', '\u2019', '"', '\u201c', '\u201d',
                       '\u00ab', '\u00bb', '(', ')', '[', ']', '/', '_', '&', '\t'] | replace(s, p, ' ')), ' ')
        WHERE t <> '' | coalesce($canonical[t], t)]] AS variants
WITH scope, e, [tokens IN variants WHERE size(tokens) > 0] AS variants
WITH scope, e,
     [tokens IN variants WHERE size(tokens) > 1 AND size(tokens[-1]) > 1 | 'surname:' + tokens[-1]] +
     [tokens IN variants WHERE size(tokens) > 1 | 'given:' + tokens[0] + ' ' + left(tokens[-1], 3)] +
     [tokens IN variants WHERE size(tokens) = 1 AND size(tokens[0]) >= 4 | 'prefix:' + left(tokens[0], 4)] +
     CASE WHEN e.wikidataId IS NULL THEN [] ELSE ['wikidata:' + e.wikidataId] END +
     [(e)-[:AFFILIATED_WITH]->(o:Entity) | 'affiliation:' + o.id] AS keys
UNWIND keys AS key
WITH scope, key, collect(DISTINCT {id: e.id, kind: e.kind}) AS block
WHERE size(block) > 1 AND size(block) <= $maxBlockSize
  AND (size(scope) = 0 OR any(x IN block WHERE x.id IN scope))
UNWIND block AS a
UNWIND block AS b
WITH scope, key, a, b
WHERE a.id < b.id
  AND (size(scope) = 0 OR a.id IN scope OR b.id IN scope)
  AND (a.kind = b.kind OR a.kind = 'OTHER' OR b.kind = 'OTHER')
  AND ($kind IS NULL OR a.kind = $kind OR b.kind = $kind)
WITH a.id AS aId, b.id AS bId, count(DISTINCT key) AS shared
ORDER BY shared DESC, aId, bId
LIMIT $maxPairs
MATCH (a:Entity {id: aId}), (b:Entity {id: bId})
RETURN a {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId,
          affiliations: [(a)-[r:AFFILIATED_WITH]->(o:Entity) | {entityId: o.id, entityName: o.name, role: r.role}]} AS a,
       b {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId,
          affiliations: [(b)-[r:AFFILIATED_WITH]->(o:Entity) | {entityId: o.id, entityName: o.name, role: r.role}]} AS b,
       shared AS sharedKeys
