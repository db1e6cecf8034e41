// Coach candidates and learner context in one round trip. Parameters: $skillIds [skill id], $minLevels {skill id: the
// lowest level any learner needs of a coach}, $since (oldest evidence date accepted), $learners [person id].
// One row: learners (location, time zone, reporting chain up to the top, active coaches), coaches (opted in, free capacity).
CALL () {
  UNWIND $learners AS id
  MATCH (l:Person {id: id})
  OPTIONAL MATCH line = (l)-[:REPORTS_TO*0..]->(top:Person) WHERE NOT (top)-[:REPORTS_TO]->()
  RETURN collect({id: l.id, location: l.location, timezone: l.timezone,
                  chain: coalesce([n IN nodes(line) | n.id], [l.id]),
                  coachedBy: [(c:Person)-[r:COACHES]->(l) WHERE r.endedAt IS NULL | {coach: c.id, skills: coalesce(r.skills, [])}]
                 }) AS learners
}
CALL () {
  // Anchored on the sought skills' holders (index seek on Skill.id): cheaper than any HOLDS(level) range seek.
  MATCH (s:Skill)<-[h:HOLDS]-(c:Person)
  USING INDEX s:Skill(id)
  WHERE s.id IN $skillIds AND h.level >= $minLevels[s.id] AND h.at >= $since AND c.coachingOptIn = true
  WITH c, collect({skill: s.id, level: h.level, source: h.source, at: h.at}) AS holds
  WITH c, holds, coalesce(c.coachingCapacity, 0) AS capacity,
       COUNT { (c)-[r:COACHES]->() WHERE r.endedAt IS NULL } AS active
  WHERE capacity > active
  OPTIONAL MATCH line = (c)-[:REPORTS_TO*0..]->(top:Person) WHERE NOT (top)-[:REPORTS_TO]->()
  RETURN collect({id: c.id, name: c.name, department: c.department, location: c.location, timezone: c.timezone,
                  capacity: capacity, active: active, chain: coalesce([n IN nodes(line) | n.id], [c.id]),
                  holds: holds}) AS coaches
}
RETURN learners, coaches
