// Every badge with the levels it certifies, for the curriculum snapshot. No parameters; one row per badge.
MATCH (b:Badge)
RETURN b.id AS id, b.name AS name, [(b)-[c:CERTIFIES]->(s:Skill) | [s.id, c.level]] AS certifies
