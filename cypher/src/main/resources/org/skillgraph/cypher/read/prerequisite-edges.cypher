// Every prerequisite edge, for cycle checks before a write. No parameters; one row per REQUIRES edge.
MATCH (a:Skill)-[:REQUIRES]->(b:Skill)
RETURN a.id AS from, b.id AS to
