// One person: role, target, manager, coaching settings, held skills with sources, completed modules, cohorts,
// and the state the entity tag (ETag) is computed from (as EditQueries.lockState). Parameters: $id. Zero or one row.
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:IN_ROLE]->(role:Role)
OPTIONAL MATCH (p)-[targets:TARGETS]->(target:Role)
OPTIONAL MATCH (p)-[:REPORTS_TO]->(manager:Person)
RETURN p {.id, .name, .department, .location, .timezone, .weeklyHours, .pace,
          coachingOptIn: coalesce(p.coachingOptIn, false), coachingCapacity: coalesce(p.coachingCapacity, 0)} AS person,
       role {.id, .title} AS role,
       target {.id, .title, since: targets.since} AS target,
       manager {.id, .name} AS manager,
       COLLECT {
         MATCH (p)-[h:HOLDS]->(s:Skill)
         RETURN {skillId: s.id, name: s.name, level: h.level, source: h.source, at: h.at, confidence: h.confidence} AS held
         ORDER BY s.id
       } AS holds,
       COLLECT {
         MATCH (p)-[c:COMPLETED]->(m:Module)
         RETURN {moduleId: m.id, title: m.title, at: c.at, score: c.score} AS done
         ORDER BY c.at, m.id
       } AS completed,
       [(p)-[:MEMBER_OF]->(c:Cohort) | c {.id, .name}] AS cohorts,
       properties(p) AS properties,
       [(p)-[out]->(x) | {type: type(out), to: x.id, properties: properties(out)}] AS outgoing
