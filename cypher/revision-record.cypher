// Appends one Revision to the audit trail, inside the transaction of the mutation it records (so a
// rollback takes it away too). Each touched id also gets a RevisionTouch: `touched` is a list, and
// Neo4j's range indexes cannot look inside lists, so these small nodes are the index that
// `revisions(nodeId:)` reads. They are not relationships to the touched nodes on purpose: a merge
// moves and deletes an entity's relationships, and the audit trail must never change. Only CREATE:
// nothing here is shared between mutations, so concurrent writers never wait on each other for it.
CREATE (r:Revision {id: $revision.id})
SET r.at = datetime($revision.at),
    r.keyId = $revision.keyId,
    r.keyName = $revision.keyName,
    r.operation = $revision.operation,
    r.inputHash = $revision.inputHash,
    r.touched = $revision.touched
WITH r
UNWIND $revision.touched AS nodeId
CREATE (:RevisionTouch {nodeId: nodeId, at: r.at, revisionId: r.id})
