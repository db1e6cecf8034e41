// Every topic with its broader topics, for the curriculum snapshot. No parameters; one row per topic.
MATCH (t:Topic)
RETURN t.id AS id, t.name AS name, [(t)-[:BROADER]->(b:Topic) | b.id] AS broader
