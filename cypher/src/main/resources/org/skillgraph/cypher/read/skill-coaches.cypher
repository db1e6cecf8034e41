// Who can coach one skill: opted-in holders at or above $minLevel with evidence since $since, and their coaching load.
// Parameters: $skill, $minLevel, $since, $tooWeak (evidence sources whose levels cannot make a coach), $now (pending
// coaching requests then count as taken places). Zero rows when the skill is unknown, else one: name, coaches (unordered).
MATCH (skill:Skill {id: $skill})
CALL () {
  // The hint keeps the plan on the skill's holders; a HOLDS(level) index seek would read every holding of the graph.
  MATCH (s:Skill {id: $skill})<-[h:HOLDS]-(c:Person)
  USING INDEX s:Skill(id)
  WHERE h.level >= $minLevel AND h.at >= $since AND c.coachingOptIn = true
    AND NOT coalesce(h.source, 'import') IN $tooWeak
  RETURN collect({id: c.id, name: c.name, department: c.department, location: c.location, timezone: c.timezone,
                  level: h.level, source: h.source, at: h.at, capacity: coalesce(c.coachingCapacity, 0),
                  active: COUNT { (c)-[r:COACHES]->() WHERE r.endedAt IS NULL }
                    + COUNT { (c)<-[:COACH]-(m:Mentorship {state: 'proposed'}) WHERE m.expiresAt > $now }}) AS coaches
}
RETURN skill.name AS name, coaches
