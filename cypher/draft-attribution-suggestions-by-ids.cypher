// Attribution.suggestion for the per-request loader: the machine-suggestion metadata acceptDraft
// wrote, or null for attributions entered by hand.
UNWIND $ids AS id
MATCH (a:Attribution {id: id})
WHERE a.suggestedBy IS NOT NULL
RETURN id, a {.suggestedBy, confidence: a.suggestedConfidence, .draftId, .acceptedBy, .acceptedAt} AS suggestion
