// A badge of the catalogue with the skills it certifies, for its Open Badges Achievement. Parameters: $badge.
// One row when the badge exists, none otherwise.
MATCH (b:Badge {id: $badge})
OPTIONAL MATCH (b)-[c:CERTIFIES]->(s:Skill)
OPTIONAL MATCH (s)-[:IN_FRAMEWORK]->(f:Framework)
WITH b, c, s, f
ORDER BY s.id
RETURN b.id AS badgeId, b.name AS name, b.description AS description,
       collect(CASE WHEN s IS NULL THEN null
               ELSE {skillId: s.id, name: s.name, framework: f.id, level: c.level} END) AS skills
