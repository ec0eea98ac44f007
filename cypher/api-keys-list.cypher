// Every API key, newest first, without secrets or their hashes (for admins: `apiKeys`, `npm run keys -- list`).
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .createdAt, .expiresAt, .revokedAt, .introspection} AS key
ORDER BY k.createdAt DESC, k.id DESC
