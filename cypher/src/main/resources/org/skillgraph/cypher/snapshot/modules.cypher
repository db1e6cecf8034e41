// Every module with what it teaches and assumes, for the curriculum snapshot. No parameters; one row per module.
MATCH (m:Module) WHERE m.id IS NOT NULL
RETURN m.id AS id, m.title AS title, m.hours AS hours, m.modality AS modality, m.pacing AS pacing,
       m.cycle AS cycle, coalesce(m.core, true) AS core, m.status AS status, m.passScore AS passScore,
       [x IN [(m)-[t:TEACHES]->(s:Skill) | [s.id, t.level]] WHERE x[0] IS NOT NULL] AS teaches,
       [x IN [(m)-[a:ASSUMES]->(s:Skill) | [s.id, a.level]] WHERE x[0] IS NOT NULL] AS assumes
