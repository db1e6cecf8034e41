// A badge one person earned, with the skills it certifies, for an Open Badges credential. Parameters: $person, $badge.
// One row when the person earned the badge, none otherwise.
MATCH (p:Person {id: $person})-[e:EARNED]->(b:Badge {id: $badge})
OPTIONAL MATCH (b)-[c:CERTIFIES]->(s:Skill)
OPTIONAL MATCH (s)-[:IN_FRAMEWORK]->(f:Framework)
WITH b, e, c, s, f
ORDER BY s.id
RETURN b.id AS badgeId, b.name AS name, b.description AS description, e.at AS earnedAt,
       collect(CASE WHEN s IS NULL THEN null
               ELSE {skillId: s.id, name: s.name, framework: f.id, level: c.level} END) AS skills
