// Every skill with its direct prerequisites and topics, for the curriculum snapshot. No parameters; one row per skill.
// Here and in the other snapshot statements, nodes without an id are skipped: the validation report names them.
MATCH (s:Skill) WHERE s.id IS NOT NULL
RETURN s.id AS id, s.name AS name,
       [(s)-[r:REQUIRES]->(p:Skill) WHERE p.id IS NOT NULL | [p.id, r.level]] AS requires,
       [(s)-[:IN_TOPIC]->(t:Topic) WHERE t.id IS NOT NULL | t.id] AS topics
