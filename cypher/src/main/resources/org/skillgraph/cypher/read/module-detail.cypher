// One module with what it teaches and assumes, and the state its entity tag (ETag) is computed from
// (properties and outgoing relationships, as EditQueries.lockState). Parameters: $id. Zero or one row.
MATCH (m:Module {id: $id})
RETURN m {.id, .title, .hours, .modality, .pacing, .cycle, .core, .passScore, .assessment, .status,
          aids: coalesce(m.aids, [])} AS module,
       [(m)-[t:TEACHES]->(s:Skill) | {skillId: s.id, name: s.name, level: t.level}] AS teaches,
       [(m)-[a:ASSUMES]->(s:Skill) | {skillId: s.id, name: s.name, level: a.level}] AS assumes,
       properties(m) AS properties,
       [(m)-[out]->(x) | {type: type(out), to: x.id, properties: properties(out)}] AS outgoing
