// Every topic with its broader topics, for the curriculum snapshot. No parameters; one row per topic.
MATCH (t:Topic) WHERE t.id IS NOT NULL
RETURN t.id AS id, t.name AS name, [x IN [(t)-[:BROADER]->(b:Topic) | b.id] WHERE x IS NOT NULL] AS broader
