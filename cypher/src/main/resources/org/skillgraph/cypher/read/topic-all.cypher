// Every topic with its broader topics and the number of skills tagged with it, to assemble the tree.
// No parameters; one row per topic.
MATCH (t:Topic)
RETURN t.id AS id, t.name AS name, [(t)-[:BROADER]->(b:Topic) | b.id] AS broader,
       COUNT { (t)<-[:IN_TOPIC]-(:Skill) } AS skills
ORDER BY t.id
