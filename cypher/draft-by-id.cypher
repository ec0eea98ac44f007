// One draft by id (the draft query).
MATCH (d:Draft {id: $id})
RETURN d {.id, .status, .text, .bundle, .createdAt, .createdBy, .acceptedAt, .acceptedBy, .documentId, .rejectedAt, .rejectedBy, .rejectReason} AS draft
