// Every module with what it teaches and assumes, for the curriculum snapshot. No parameters; one row per module.
MATCH (m:Module) WHERE m.id IS NOT NULL
RETURN m.id AS id, m.title AS title, m.hours AS hours, m.modality AS modality, m.pacing AS pacing,
       m.cycle AS cycle, coalesce(m.core, true) AS core, m.status AS status, m.passScore AS passScore,
       [(m)-[t:TEACHES]->(s:Skill) WHERE s.id IS NOT NULL | [s.id, t.level]] AS teaches,
       [(m)-[a:ASSUMES]->(s:Skill) WHERE s.id IS NOT NULL | [s.id, a.level]] AS assumes
