// Moves badge certifications off superseded skills onto their successors (migratedFrom, changeSet on the new
// CERTIFIES; an existing one keeps the higher level), and flags badges that certify a removed skill with no
// successor (needsReview, reviewChangeSet). Parameters: $changeSet, $rows [{from, to}], $successors {from: [to]}, $deprecated (removed ids
// without successors). One row: badges migrated and flagged.
CALL () {
  UNWIND $rows AS row
  MATCH (b:Badge)-[c:CERTIFIES]->(:Skill {id: row.from})
  MATCH (s:Skill {id: row.to})
  MERGE (b)-[m:CERTIFIES]->(s)
  ON CREATE SET m += properties(c), m.migratedFrom = row.from, m.changeSet = $changeSet
  ON MATCH SET m.level = CASE WHEN c.level > m.level THEN c.level ELSE m.level END
  RETURN collect(DISTINCT b.id) AS migrated
}
CALL () {
  UNWIND keys($successors) AS id
  MATCH (:Badge)-[c:CERTIFIES]->(:Skill {id: id})
  DELETE c
}
CALL () {
  UNWIND $deprecated AS id
  MATCH (b:Badge)-[c:CERTIFIES]->(:Skill {id: id})
  SET b.needsReview = true, b.reviewChangeSet = $changeSet, c.deprecatedBy = $changeSet
  RETURN collect(DISTINCT b.id) AS flagged
}
RETURN size(migrated) AS migrated, size(flagged) AS flagged
