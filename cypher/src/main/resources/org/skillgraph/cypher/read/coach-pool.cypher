// Coach candidates and learner context in one round trip. Parameters: $skillIds [skill id], $minLevels {skill id: the
// lowest level any learner needs of a coach}, $lowest (the least of them), $since (oldest evidence date accepted),
// $learners [person id], $tooWeak [evidence source whose levels cannot make a coach; a holding without a source counts
// as an import], $now (date-time: a coaching request still pending then reserves a place). One row: orgVersion (of
// the reporting lines: chains come from the API node's org chart of that version, not from here), learners (location,
// time zone, department, pref* coaching preferences, coachedBy: active coaches and coaches of requests pending at
// $now, which count against the learner's limit and cover their skills), matches ([sought skill id, id of another skill
// of its exact-match class]), coaches (opted in, free capacity, holding a sought skill or an exact match of one, with
// their pref* preferences).
CALL () {
  UNWIND $learners AS id
  MATCH (l:Person {id: id})
  RETURN collect({id: l.id, location: l.location, timezone: l.timezone, department: l.department,
                  prefFormat: l.prefFormat, prefLanguages: l.prefLanguages, prefTimezone: l.prefTimezone,
                  prefOtherDepartment: l.prefOtherDepartment, prefWantsToCoach: l.prefWantsToCoach,
                  prefAvailableFrom: l.prefAvailableFrom, prefAvailableUntil: l.prefAvailableUntil,
                  coachedBy: [(c:Person)-[r:COACHES]->(l) WHERE r.endedAt IS NULL | {coach: c.id, skills: coalesce(r.skills, [])}]
                    + [(c:Person)<-[:COACH]-(m:Mentorship {state: 'proposed'})-[:LEARNER]->(l) WHERE m.expiresAt > $now
                       | {coach: c.id, skills: coalesce(m.skills, [])}]
                 }) AS learners
}
CALL () {
  // The sought skills' crosswalk classes, expanded once per request rather than once per holder.
  UNWIND $skillIds AS sought
  MATCH (:Skill {id: sought})-[:EXACT_MATCH*1..]-(t:Skill)
  WHERE t.id <> sought
  RETURN collect(DISTINCT [sought, t.id]) AS matches
}
CALL (matches) {
  // Anchored on the holders of the sought skills and their matches (index seek on Skill.id): cheaper than any
  // HOLDS(level) range seek. A match may stand for several sought skills, so it is read from the lowest level asked.
  WITH [m IN matches | m[1]] AS others
  MATCH (s:Skill)<-[h:HOLDS]-(c:Person)
  USING INDEX s:Skill(id)
  WHERE s.id IN $skillIds + others
    AND h.level >= CASE WHEN s.id IN others THEN $lowest ELSE $minLevels[s.id] END
    AND h.at >= $since AND c.coachingOptIn = true
    AND NOT coalesce(h.source, 'import') IN $tooWeak
  WITH c, collect({skill: s.id, level: h.level, source: h.source, at: h.at}) AS holds
  WITH c, holds, coalesce(c.coachingCapacity, 0) AS capacity,
       COUNT { (c)-[r:COACHES]->() WHERE r.endedAt IS NULL }
         + COUNT { (c)<-[:COACH]-(m:Mentorship {state: 'proposed'}) WHERE m.expiresAt > $now } AS active
  WHERE capacity > active
  RETURN collect({id: c.id, name: c.name, department: c.department, location: c.location, timezone: c.timezone,
                  capacity: capacity, active: active, holds: holds,
                  prefFormat: c.prefFormat, prefLanguages: c.prefLanguages, prefTimezone: c.prefTimezone,
                  prefOtherDepartment: c.prefOtherDepartment, prefWantsToCoach: c.prefWantsToCoach,
                  prefAvailableFrom: c.prefAvailableFrom, prefAvailableUntil: c.prefAvailableUntil}) AS coaches
}
OPTIONAL MATCH (meta:Meta {id: 'meta'})
RETURN coalesce(meta.orgVersion, 0) AS orgVersion, learners, matches, coaches
