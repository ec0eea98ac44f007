// Graph entities a draft's speakers may be: those whose name or an alias has one of the normalised
// keys of the candidate speaker names (src/entity/nameKey.ts, as entity resolution computes them).
// One query for all candidates; only the matches come back, never the whole entity list. Anonymous
// entities are left out: "officials" in this text are not the "officials" of another article.
MATCH (e:Entity)
WHERE any(k IN e.nameKeys WHERE k IN $nameKeys) AND NOT coalesce(e.anonymous, false)
RETURN e {.id, .name, .kind, aliases: coalesce(e.aliases, []), anonymous: false} AS entity
ORDER BY e.id
LIMIT 1000
