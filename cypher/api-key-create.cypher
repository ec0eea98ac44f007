// Stores a new API key: its id, the SHA-256 of its secret (never the secret), role, name, times and
// capabilities. CREATE, not MERGE: a key is new by construction (fresh random id and secret), and the
// unique constraints on id and secretHash refuse a collision instead of silently reusing a key.
CREATE (k:ApiKey {id: $key.id})
SET k.secretHash = $key.secretHash,
    k.name = $key.name,
    k.role = $key.role,
    k.createdAt = datetime($key.createdAt),
    k.expiresAt = CASE WHEN $key.expiresAt IS NULL THEN null ELSE datetime($key.expiresAt) END,
    k.introspection = $key.introspection
RETURN k {.id, .name, .role, .createdAt, .expiresAt, .revokedAt, .introspection} AS key
