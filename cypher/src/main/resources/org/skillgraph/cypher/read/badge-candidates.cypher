// Per person, the badges certifying any of their touched skills that they have not earned yet, with every
// certified level and their current HOLDS of it. Parameters: $pairs [{person, skill}]. One row per person and badge.
UNWIND $pairs AS pair
MATCH (p:Person {id: pair.person})
MATCH (:Skill {id: pair.skill})<-[:CERTIFIES]-(b:Badge)
WHERE NOT EXISTS { (p)-[:EARNED]->(b) }
WITH DISTINCT p, b
RETURN p.id AS person, b.id AS badge,
       COLLECT {
         MATCH (b)-[c:CERTIFIES]->(cs:Skill)
         OPTIONAL MATCH (p)-[h:HOLDS]->(cs)
         RETURN {skill: cs.id, level: c.level, held: h.level, source: h.source, at: h.at} AS certified
       } AS certifies
