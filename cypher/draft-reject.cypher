// Marks a draft REJECTED (rejectDraft) with who and why. Nothing else is written.
MATCH (d:Draft {id: $id})
SET d.status = 'REJECTED',
    d.rejectedAt = datetime($now),
    d.rejectedBy = $keyName,
    d.rejectedByKeyId = $keyId,
    d.rejectReason = $reason,
    d.updatedAt = datetime($now)
RETURN d {.id, .status, .text, .bundle, .createdAt, .createdBy, .acceptedAt, .acceptedBy, .documentId, .rejectedAt, .rejectedBy, .rejectReason} AS draft
