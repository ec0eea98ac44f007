// API keys (src/auth/): found by id (revoke, list) and, on every request that sends one, by the
// SHA-256 of its secret. Both unique: two keys can never share a secret, even by accident.
CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_key_secret_hash IF NOT EXISTS FOR (n:ApiKey) REQUIRE n.secretHash IS UNIQUE;
// The audit trail (src/audit/): one Revision per committed mutation, and one RevisionTouch per node id
// it touched, indexed by (nodeId, at) so `revisions(nodeId:)` pages newest first without scanning.
CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:Revision) REQUIRE n.id IS UNIQUE;
CREATE INDEX revision_touch_node_at IF NOT EXISTS FOR (n:RevisionTouch) ON (n.nodeId, n.at);
