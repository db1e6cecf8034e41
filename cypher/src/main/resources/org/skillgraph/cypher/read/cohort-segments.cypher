// A cohort's segment definitions and what segmenting needs of each member, with the graph version. Parameters: $id.
// One row: version, found, name, segments (definitions by id), members in id order (id, name, pace, role, targetRole,
// holds as [skill, level, source, at], completed).
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (cohort:Cohort {id: $id})
RETURN coalesce(meta.version, 0) AS version,
       cohort IS NOT NULL AS found,
       cohort.name AS name,
       COLLECT {
         MATCH (cohort)-[:HAS_SEGMENT]->(s:Segment)
         RETURN s {.id, .name, .description, .readinessMin, .readinessMax, .roleLevelMin, .roleLevelMax, .targetRoles, .paces} AS segment
         ORDER BY s.id
       } AS segments,
       COLLECT {
         MATCH (p:Person)-[:MEMBER_OF]->(cohort)
         RETURN {id: p.id, name: p.name, pace: p.pace,
                 role: [(p)-[:IN_ROLE]->(r:Role) | r.id][0],
                 targetRole: [(p)-[:TARGETS]->(r:Role) | r.id][0],
                 holds: [(p)-[h:HOLDS]->(s:Skill) | [s.id, h.level, h.source, h.at]],
                 completed: [(p)-[:COMPLETED]->(m:Module) | m.id]} AS member
         ORDER BY p.id
       } AS members
