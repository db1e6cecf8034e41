// Every badge with the levels it certifies, for the curriculum snapshot. No parameters; one row per badge.
MATCH (b:Badge) WHERE b.id IS NOT NULL
RETURN b.id AS id, b.name AS name, [x IN [(b)-[c:CERTIFIES]->(s:Skill) | [s.id, c.level]] WHERE x[0] IS NOT NULL] AS certifies
