// Marks a draft ACCEPTED (acceptDraft), after the ingest of its reviewed bundle in the same
// transaction, and records on the claims and attributions that this ingest created (createdAt is
// the ingest's own $now) that they were machine-suggested and who accepted them. Claims and
// attributions that were already in the graph keep their history as it was.
MATCH (d:Draft {id: $id})
SET d.status = 'ACCEPTED',
    d.acceptedAt = datetime($now),
    d.acceptedBy = $keyName,
    d.acceptedByKeyId = $keyId,
    d.documentId = $documentId,
    d.updatedAt = datetime($now)
WITH d
CALL (d) {
  UNWIND $claims AS s
  MATCH (c:Claim {id: s.id})
  WHERE c.createdAt = datetime($now)
  SET c.suggestedBy = 'extractor', c.suggestedConfidence = s.confidence, c.draftId = d.id,
      c.acceptedBy = $keyName, c.acceptedAt = datetime($now)
}
CALL (d) {
  UNWIND $attributions AS s
  MATCH (a:Attribution {id: s.id})
  WHERE a.createdAt = datetime($now)
  SET a.suggestedBy = 'extractor', a.suggestedConfidence = s.confidence, a.draftId = d.id,
      a.acceptedBy = $keyName, a.acceptedAt = datetime($now)
}
RETURN d {.id, .status, .text, .bundle, .createdAt, .createdBy, .acceptedAt, .acceptedBy, .documentId, .rejectedAt, .rejectedBy, .rejectReason} AS draft
