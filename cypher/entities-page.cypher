// One page of entities in name order (keyset: lower-cased name, then id), with the total count.
// $nameKey is the normalised filter text (see src/entity/nameKey.ts), matched against the stored keys
// of the name and every alias.
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($anonymous IS NULL OR e.anonymous = $anonymous)
  AND ($nameKey IS NULL OR any(k IN e.nameKeys WHERE k CONTAINS $nameKey))
WITH e, toLower(e.name) AS sortKey
WITH collect({e: e, k: sortKey}) AS rows
WITH size(rows) AS total,
     [r IN rows WHERE $afterKey IS NULL OR r.k > $afterKey OR (r.k = $afterKey AND r.e.id > $afterId)] AS rest
CALL (rest) {
  UNWIND rest AS r
  WITH r ORDER BY r.k ASC, r.e.id ASC LIMIT $limit
  WITH r.k AS key, r.e AS e
  RETURN collect({key: key, entity: e {.id, .name, .kind, .anonymous, .description, .aliases, .wikidataId}}) AS page
}
RETURN total, page AS rows
