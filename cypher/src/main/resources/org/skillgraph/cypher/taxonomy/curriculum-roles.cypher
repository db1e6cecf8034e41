// The profiles of the roles $roles as far as they need live skills of framework $framework.
// Parameters: $framework, $roles (ids). One row per role that exists.
UNWIND $roles AS roleId
MATCH (r:Role {id: roleId})
RETURN r.id AS id, r.title AS title,
       [(r)-[n:NEEDS]->(s:Skill)-[:IN_FRAMEWORK]->(:Framework {id: $framework})
         WHERE NOT coalesce(s.deprecated, false)
         | s.id + '@' + toString(n.level) + '@' + toString(coalesce(n.importance, 3)) + '@'
           + toString(coalesce(n.essential, false))] AS needs
