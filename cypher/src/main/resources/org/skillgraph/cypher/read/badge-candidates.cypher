// Badges certifying any of the given skills that the person has not earned yet, with every certified level, and
// the person's current HOLDS of those levels. Parameters: $person, $skills [skill id]. One row per badge.
MATCH (s:Skill)<-[:CERTIFIES]-(b:Badge)
WHERE s.id IN $skills AND NOT EXISTS { (:Person {id: $person})-[:EARNED]->(b) }
WITH DISTINCT b
RETURN b.id AS badge,
       COLLECT {
         MATCH (b)-[c:CERTIFIES]->(cs:Skill)
         OPTIONAL MATCH (:Person {id: $person})-[h:HOLDS]->(cs)
         RETURN {skill: cs.id, level: c.level, held: h.level, source: h.source, at: h.at} AS certified
       } AS certifies
