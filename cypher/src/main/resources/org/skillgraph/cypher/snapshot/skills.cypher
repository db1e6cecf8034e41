// Every skill with its direct prerequisites and topics, for the curriculum snapshot. No parameters; one row per skill.
MATCH (s:Skill)
RETURN s.id AS id, s.name AS name,
       [(s)-[r:REQUIRES]->(p:Skill) | [p.id, r.level]] AS requires,
       [(s)-[:IN_TOPIC]->(t:Topic) | t.id] AS topics
