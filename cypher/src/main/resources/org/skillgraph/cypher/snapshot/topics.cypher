// Every topic with its broader topics, for the curriculum snapshot. No parameters; one row per topic.
MATCH (t:Topic) WHERE t.id IS NOT NULL
RETURN t.id AS id, t.name AS name, [(t)-[:BROADER]->(b:Topic) WHERE b.id IS NOT NULL | b.id] AS broader
