// A module's progression rule: assessment format, pass score and the levels completion grants.
// Parameters: $id. Zero or one row.
MATCH (m:Module {id: $id})
RETURN m.id AS id, m.title AS title, m.assessment AS assessment, m.passScore AS passScore, m.status AS status,
       COLLECT {
         MATCH (m)-[t:TEACHES]->(s:Skill)
         RETURN {skill: s.id, name: s.name, level: t.level} AS granted
         ORDER BY s.id
       } AS grants
