// Every badge with the levels it certifies, for the curriculum snapshot. No parameters; one row per badge.
MATCH (b:Badge) WHERE b.id IS NOT NULL
RETURN b.id AS id, b.name AS name, [(b)-[c:CERTIFIES]->(s:Skill) WHERE s.id IS NOT NULL | [s.id, c.level]] AS certifies
