// Every skill with its direct prerequisites and topics, for the curriculum snapshot. No parameters; one row per skill.
// Here and in the other snapshot statements, nodes without an id are skipped: the validation report names them.
// The id test is on the collected values, not on the far node: on the far node it lets the planner scan the id
// index once per row and expand into it (quadratic at ESCO scale, seen with 50,000 people).
MATCH (s:Skill) WHERE s.id IS NOT NULL
RETURN s.id AS id, s.name AS name,
       [x IN [(s)-[r:REQUIRES]->(p:Skill) | [p.id, r.level]] WHERE x[0] IS NOT NULL] AS requires,
       [x IN [(s)-[:IN_TOPIC]->(t:Topic) | t.id] WHERE x IS NOT NULL] AS topics
