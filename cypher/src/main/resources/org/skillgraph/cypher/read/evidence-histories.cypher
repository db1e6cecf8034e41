// The evidence history and current HOLDS of people in some skills, walking each person's evidence once (for a batch
// touching many skills of one person, where read/evidence-history walks the person's evidence once per skill).
// Parameters: $people [{person, skills: [skill id]}]. One row per person found: person, history [map with skill]
// oldest first (by day, then recording time; retracted evidence left out), retracted [map with skill] (so a holding
// it decided is not taken as evidence of its own, as in read/evidence-history), holds [map with skill].
UNWIND $people AS row
MATCH (p:Person {id: row.person})
RETURN p.id AS person,
       COLLECT {
         MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill)
         WHERE s.id IN row.skills AND e.retractedAt IS NULL
         RETURN e {skill: s.id, .source, .level, .at, .score, .confidence, .expiresAt} AS evidence
         ORDER BY e.at, e.recordedAt
       } AS history,
       COLLECT {
         MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill)
         WHERE s.id IN row.skills AND e.retractedAt IS NOT NULL
         RETURN e {skill: s.id, .source, .level, .at} AS evidence
       } AS retracted,
       COLLECT {
         MATCH (p)-[h:HOLDS]->(s:Skill)
         WHERE s.id IN row.skills
         RETURN {skill: s.id, level: h.level, source: h.source, at: h.at, confidence: h.confidence} AS holds
       } AS holds
