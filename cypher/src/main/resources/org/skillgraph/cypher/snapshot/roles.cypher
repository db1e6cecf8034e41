// Every role with its profile and outgoing moves, for the curriculum snapshot. No parameters; one row per role.
MATCH (r:Role) WHERE r.id IS NOT NULL
RETURN r.id AS id, r.title AS title, r.family AS family, r.level AS level,
       [x IN [(r)-[n:NEEDS]->(s:Skill) | [s.id, n.level, coalesce(n.importance, 3), coalesce(n.essential, false)]]
        WHERE x[0] IS NOT NULL] AS needs,
       [x IN [(r)-[l:LEADS_TO]->(to:Role) | [to.id, l.kind]] WHERE x[0] IS NOT NULL] AS leadsTo
