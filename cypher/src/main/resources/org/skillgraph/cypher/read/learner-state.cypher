// One round trip per request: the graph version (to detect a stale snapshot) and what the planners need of
// one person: held levels (with source and day, for decay), completed modules, current and target role, and for each
// held skill with crosswalks its exact-match class (transitive), and the change feed's seq, read before the person
// (an API node keeps the answer until the feed names the person after that seq). Parameters: $id. One row; person null
// if unknown.
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (feed:ChangeFeed {id: 'feed'})
OPTIONAL MATCH (p:Person {id: $id})
RETURN coalesce(meta.version, 0) AS version,
       coalesce(feed.seq, 0) AS seq,
       p.id AS person,
       [(p)-[:IN_ROLE]->(r:Role) | r.id][0] AS role,
       [(p)-[:TARGETS]->(r:Role) | r.id][0] AS targetRole,
       [(p)-[h:HOLDS]->(s:Skill) | [s.id, h.level, h.source, h.at]] AS holds,
       [(p)-[:HOLDS]->(s:Skill) WHERE EXISTS { (s)-[:EXACT_MATCH]-() } | [s.id, COLLECT { MATCH (s)-[:EXACT_MATCH*1..]-(t:Skill) WHERE t <> s RETURN DISTINCT t.id }]] AS matches,
       [(p)-[:COMPLETED]->(m:Module) | m.id] AS completed,
       p.weeklyHours AS weeklyHours
