// Mirrors holdings and evidence on superseded skills onto their successors, keeping the originals: a person
// gets a holding of the successor (marked migratedFrom, changeSet) unless they hold it already, and a copy of
// each evidence record (migratedFrom: the original's id). Parameters: $changeSet, $rows [{from, to}].
// One row: holdings and evidence created.
CALL () {
  UNWIND $rows AS row
  MATCH (p:Person)-[h:HOLDS]->(:Skill {id: row.from})
  MATCH (b:Skill {id: row.to})
  MERGE (p)-[m:HOLDS]->(b)
  ON CREATE SET m += properties(h), m.migratedFrom = row.from, m.changeSet = $changeSet
  RETURN count(CASE WHEN m.changeSet = $changeSet THEN 1 END) AS holdings
}
CALL () {
  UNWIND $rows AS row
  MATCH (p:Person)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(:Skill {id: row.from})
  MATCH (b:Skill {id: row.to})
  CREATE (p)-[:HAS_EVIDENCE]->(c:Evidence {id: randomUUID()})-[:FOR]->(b)
  SET c.source = e.source, c.level = e.level, c.at = e.at, c.recordedAt = e.recordedAt, c.score = e.score,
      c.confidence = e.confidence, c.expiresAt = e.expiresAt, c.assessor = e.assessor, c.claim = e.claim,
      c.migratedFrom = e.id, c.changeSet = $changeSet
  RETURN count(c) AS evidence
}
RETURN holdings, evidence
