// Everyone targeting a role, as segmenting needs them, with the graph version. Parameters: $id (role id).
// One row: version, found (whether the role exists), name (role title), members in id order (as read/cohort-segments).
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (role:Role {id: $id})
RETURN coalesce(meta.version, 0) AS version,
       role IS NOT NULL AS found,
       role.title AS name,
       [] AS segments,
       COLLECT {
         MATCH (p:Person)-[:TARGETS]->(role)
         RETURN {id: p.id, name: p.name, pace: p.pace,
                 role: [(p)-[:IN_ROLE]->(r:Role) | r.id][0],
                 targetRole: role.id,
                 holds: [(p)-[h:HOLDS]->(s:Skill) | [s.id, h.level, h.source, h.at]],
                 completed: [(p)-[:COMPLETED]->(m:Module) | m.id]} AS member
         ORDER BY p.id
       } AS members
