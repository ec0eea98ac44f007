// Merge records (mergeEntities / unmergeEntities): one per merged id while the merge stands, found by
// the merged id (unmerge) and by the kept entity's id (later merges into it, listing).
CREATE CONSTRAINT entity_merge_id IF NOT EXISTS FOR (n:EntityMerge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_merge_merged_id IF NOT EXISTS FOR (n:EntityMerge) REQUIRE n.mergedId IS UNIQUE;
CREATE INDEX entity_merge_keep_id IF NOT EXISTS FOR (n:EntityMerge) ON (n.keepId);
CREATE INDEX entity_merge_merged_at IF NOT EXISTS FOR (n:EntityMerge) ON (n.mergedAt);
