// The draft acceptDraft / rejectDraft is about to change, read under a write lock (the no-op SET and
// REMOVE take it) so two reviewers accepting the same draft at once are serialised: the second sees
// ACCEPTED and is refused instead of ingesting it twice.
MATCH (d:Draft {id: $id})
SET d._lock = true
REMOVE d._lock
RETURN d {.id, .status, .text, .bundle, .createdAt, .createdBy, .acceptedAt, .acceptedBy, .documentId, .rejectedAt, .rejectedBy, .rejectReason} AS draft
