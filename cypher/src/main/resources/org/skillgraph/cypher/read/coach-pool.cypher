// Coach candidates and learner context in one round trip. Parameters: $skillIds [skill id], $minLevels {skill id: the
// lowest level any learner needs of a coach}, $since (oldest evidence date accepted), $learners [person id], $tooWeak
// [evidence source whose levels cannot make a coach; a holding without a source counts as an import].
// One row: orgVersion (of the reporting lines: chains come from the API node's org chart of that version, not from
// here), learners (location, time zone, active coaches), coaches (opted in, free capacity).
CALL () {
  UNWIND $learners AS id
  MATCH (l:Person {id: id})
  RETURN collect({id: l.id, location: l.location, timezone: l.timezone,
                  coachedBy: [(c:Person)-[r:COACHES]->(l) WHERE r.endedAt IS NULL | {coach: c.id, skills: coalesce(r.skills, [])}]
                 }) AS learners
}
CALL () {
  // Anchored on the sought skills' holders (index seek on Skill.id): cheaper than any HOLDS(level) range seek.
  MATCH (s:Skill)<-[h:HOLDS]-(c:Person)
  USING INDEX s:Skill(id)
  WHERE s.id IN $skillIds AND h.level >= $minLevels[s.id] AND h.at >= $since AND c.coachingOptIn = true
    AND NOT coalesce(h.source, 'import') IN $tooWeak
  WITH c, collect({skill: s.id, level: h.level, source: h.source, at: h.at}) AS holds
  WITH c, holds, coalesce(c.coachingCapacity, 0) AS capacity,
       COUNT { (c)-[r:COACHES]->() WHERE r.endedAt IS NULL } AS active
  WHERE capacity > active
  RETURN collect({id: c.id, name: c.name, department: c.department, location: c.location, timezone: c.timezone,
                  capacity: capacity, active: active, holds: holds}) AS coaches
}
OPTIONAL MATCH (meta:Meta {id: 'meta'})
RETURN coalesce(meta.orgVersion, 0) AS orgVersion, learners, coaches
