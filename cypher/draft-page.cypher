// One page of the review queue, newest first (keyset: createdAt, then id, both descending),
// optionally of one status, and how many drafts there are with that status in all.
CALL () {
  MATCH (d:Draft)
  WHERE $status IS NULL OR d.status = $status
  RETURN count(d) AS total
}
CALL () {
  MATCH (d:Draft)
  WHERE ($status IS NULL OR d.status = $status)
    AND ($afterAt IS NULL OR d.createdAt < datetime($afterAt) OR (d.createdAt = datetime($afterAt) AND d.id < $afterId))
  WITH d ORDER BY d.createdAt DESC, d.id DESC LIMIT $limit
  RETURN collect({key: d.createdAt, draft: d {.id, .status, .text, .bundle, .createdAt, .createdBy, .acceptedAt, .acceptedBy, .documentId, .rejectedAt, .rejectedBy, .rejectReason}}) AS rows
}
RETURN total, rows
