// Issues a credential for a person's earned badge at the list's next index, after list-lock. Parameters: $list,
// $person, $badge, $id, $subject, $salt, $at. One row when the person earned the badge, none otherwise.
MATCH (p:Person {id: $person})-[:EARNED]->(b:Badge {id: $badge})
MATCH (l:StatusList {id: $list})
CREATE (c:Credential {id: $id, subject: $subject, salt: $salt, statusIndex: l.next, issuedAt: $at})
CREATE (c)-[:ISSUED_TO]->(p)
CREATE (c)-[:OF]->(b)
SET l.next = l.next + 1
RETURN c.id AS id, c.subject AS subject, c.salt AS salt, c.statusIndex AS statusIndex, c.revokedAt AS revokedAt
