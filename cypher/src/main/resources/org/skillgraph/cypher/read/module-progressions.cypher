// The progression rules of many modules, as read/module-progression reads one.
// Parameters: $ids [module id]. One row per module found.
UNWIND $ids AS id
MATCH (m:Module {id: id})
RETURN m.id AS id, m.title AS title, m.assessment AS assessment, m.passScore AS passScore, m.status AS status,
       COLLECT {
         MATCH (m)-[t:TEACHES]->(s:Skill)
         RETURN {skill: s.id, name: s.name, level: t.level} AS granted
         ORDER BY s.id
       } AS grants
