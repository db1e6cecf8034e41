// What a topic's deletion would break (the delete guard): ids of the skills tagged with it and of its narrower topics.
// Parameters: $id. Zero or one row.
MATCH (t:Topic {id: $id})
RETURN COLLECT { MATCH (s:Skill)-[:IN_TOPIC]->(t) RETURN s.id ORDER BY s.id } AS skills,
       COLLECT { MATCH (n:Topic)-[:BROADER]->(t) RETURN n.id ORDER BY n.id } AS narrowerTopics
