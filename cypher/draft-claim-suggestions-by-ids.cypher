// Claim.suggestion for the per-request loader: the machine-suggestion metadata acceptDraft wrote, or
// null for claims entered by hand.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE c.suggestedBy IS NOT NULL
RETURN id, c {.suggestedBy, confidence: c.suggestedConfidence, .draftId, .acceptedBy, .acceptedAt} AS suggestion
