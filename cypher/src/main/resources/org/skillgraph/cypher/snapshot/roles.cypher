// Every role with its profile and outgoing moves, for the curriculum snapshot. No parameters; one row per role.
MATCH (r:Role) WHERE r.id IS NOT NULL
RETURN r.id AS id, r.title AS title, r.family AS family, r.level AS level,
       [(r)-[n:NEEDS]->(s:Skill) WHERE s.id IS NOT NULL
        | [s.id, n.level, coalesce(n.importance, 3), coalesce(n.essential, false)]] AS needs,
       [(r)-[l:LEADS_TO]->(to:Role) WHERE to.id IS NOT NULL | [to.id, l.kind]] AS leadsTo
