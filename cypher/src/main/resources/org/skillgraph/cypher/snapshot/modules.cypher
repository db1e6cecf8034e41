// Every module with what it teaches and assumes, for the curriculum snapshot. No parameters; one row per module.
MATCH (m:Module)
RETURN m.id AS id, m.title AS title, m.hours AS hours, m.modality AS modality, m.pacing AS pacing,
       m.cycle AS cycle, coalesce(m.core, true) AS core, m.status AS status, m.passScore AS passScore,
       [(m)-[t:TEACHES]->(s:Skill) | [s.id, t.level]] AS teaches,
       [(m)-[a:ASSUMES]->(s:Skill) | [s.id, a.level]] AS assumes
