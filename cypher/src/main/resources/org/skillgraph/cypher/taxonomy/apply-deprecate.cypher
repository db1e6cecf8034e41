// Deprecates the removed skills (kept, flagged) and links each to its successors with their share.
// Parameters: $changeSet, $at, $ids (removed skill ids), $rows [{from, to, share}]. One row: skills deprecated.
CALL () {
  UNWIND $rows AS row
  MATCH (a:Skill {id: row.from}), (b:Skill {id: row.to})
  MERGE (a)-[r:REPLACED_BY]->(b)
  SET r.share = row.share, r.changeSet = $changeSet
}
UNWIND $ids AS id
MATCH (s:Skill {id: id})
SET s.deprecated = true, s.deprecatedAt = $at, s.deprecatedBy = $changeSet
RETURN count(s) AS deprecated
