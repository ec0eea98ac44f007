// Revokes a key: from then on it authenticates nothing. Idempotent: revoking a revoked key keeps its
// first revocation time. Returns null for an unknown id (the service reports it; nothing is written).
OPTIONAL MATCH (k:ApiKey {id: $id})
WITH k, k IS NOT NULL AND k.revokedAt IS NULL AS revokesNow
FOREACH (x IN CASE WHEN revokesNow THEN [k] ELSE [] END | SET x.revokedAt = datetime($now))
RETURN CASE WHEN k IS NULL THEN null ELSE k {.id, .name, .role, .createdAt, .expiresAt, .revokedAt, .introspection} END AS key,
       revokesNow AS changed
