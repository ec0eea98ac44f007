// One page of the audit trail of a node id, newest first (keyset: time, then revision id, both
// descending), and how many revisions touched it in all. Reads the (nodeId, at) index of
// RevisionTouch, then each revision by its unique id.
CALL () {
  MATCH (t:RevisionTouch {nodeId: $nodeId})
  RETURN count(t) AS total
}
CALL () {
  MATCH (t:RevisionTouch {nodeId: $nodeId})
  WHERE $afterAt IS NULL OR t.at < datetime($afterAt) OR (t.at = datetime($afterAt) AND t.revisionId < $afterId)
  WITH t ORDER BY t.at DESC, t.revisionId DESC LIMIT $limit
  MATCH (r:Revision {id: t.revisionId})
  RETURN collect({key: r.at, revision: r {.id, .at, .keyId, .keyName, .operation, .inputHash, .touched}}) AS rows
}
RETURN total, rows
