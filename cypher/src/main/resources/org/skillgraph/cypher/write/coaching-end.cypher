// Ends the active coaching pair coach → learner as of $endedAt; the relationship stays as history. An active
// mentorship of the two (the programme's record of the pair) ends with it, so ending the pair directly leaves no
// mentorship marked active and holding a place. Parameters: $coach, $learner, $endedAt (date). Zero rows when no
// pair is active, else one: since, skills.
MATCH (c:Person {id: $coach})-[r:COACHES]->(l:Person {id: $learner})
WHERE r.endedAt IS NULL
SET r.endedAt = $endedAt, l.factsVersion = coalesce(l.factsVersion, 0) + 1
WITH c, l, r
CALL (c, l) {
  OPTIONAL MATCH (c)<-[:COACH]-(m:Mentorship {state: 'active'})-[:LEARNER]->(l)
  SET m.state = 'ended', m.endedOn = $endedAt, m.reason = coalesce(m.reason, 'the coaching pair was ended directly')
  RETURN count(m) AS mentorships
}
RETURN r.since AS since, coalesce(r.skills, []) AS skills
