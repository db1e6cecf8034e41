// One role with its profile and its incoming and outgoing career moves, and the state its entity tag (ETag) is
// computed from (properties and outgoing relationships, as EditQueries.lockState). Parameters: $id. Zero or one row.
MATCH (r:Role {id: $id})
RETURN r {.id, .title, .family, .level, .description} AS role,
       COLLECT {
         MATCH (r)-[n:NEEDS]->(s:Skill)
         RETURN {skillId: s.id, name: s.name, level: n.level, importance: n.importance, essential: n.essential} AS need
         ORDER BY n.essential DESC, n.importance DESC, s.id
       } AS profile,
       [(r)-[m:LEADS_TO]->(to:Role) | {roleId: to.id, title: to.title, kind: m.kind}] AS movesOut,
       [(from:Role)-[m:LEADS_TO]->(r) | {roleId: from.id, title: from.title, kind: m.kind}] AS movesIn,
       properties(r) AS properties,
       [(r)-[out]->(x) | {type: type(out), to: x.id, properties: properties(out)}] AS outgoing
