// Records one merge so that unmergeEntities can undo it exactly: who was merged into whom, when, its
// place in the sequence of merges into `keep` (unmerge goes last-in, first-out), and a JSON snapshot
// of the merged entity's properties, keep's properties before and after, and every relationship the
// merge moved or removed, with its properties and what became of it.
CREATE (m:EntityMerge {id: $merge.id})
SET m.keepId = $merge.keepId,
    m.mergedId = $merge.mergedId,
    m.mergedName = $merge.mergedName,
    m.mergedAt = datetime($now),
    m.seq = $merge.seq,
    m.relationshipsMoved = $merge.relationshipsMoved,
    m.snapshot = $merge.snapshot
RETURN m.id AS id
