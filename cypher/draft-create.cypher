// Stores a new draft in the review queue (saveDraft): PENDING, with the submitted text, the
// extractor's bundle as a JSON string and the key that saved it. The id is new (a UUID), so CREATE.
CREATE (d:Draft {id: $draft.id})
SET d.status = 'PENDING',
    d.text = $draft.text,
    d.bundle = $draft.bundle,
    d.createdAt = datetime($draft.createdAt),
    d.updatedAt = datetime($draft.createdAt),
    d.createdBy = $draft.createdBy,
    d.createdByKeyId = $draft.createdByKeyId
RETURN d {.id, .status, .text, .bundle, .createdAt, .createdBy, .acceptedAt, .acceptedBy, .documentId, .rejectedAt, .rejectedBy, .rejectReason} AS draft
