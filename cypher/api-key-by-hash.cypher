// The key a request presents, found by the SHA-256 of its secret (unique, indexed by its constraint):
// one equality lookup per authenticated request. Returns the hash too, for the constant-time check.
MATCH (k:ApiKey {secretHash: $secretHash})
RETURN k {.id, .name, .role, .createdAt, .expiresAt, .revokedAt, .introspection} AS key, k.secretHash AS secretHash
