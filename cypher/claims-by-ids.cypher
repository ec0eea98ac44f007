// Claims by id, for the per-request loader.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
RETURN id, c {.id, .text} AS claim
