// A coach's current holdings of some skills, to re-check on acceptance that they still may coach them. Parameters:
// $coach, $skills [skill id]. Zero or more rows: skill, level, source, at.
MATCH (:Person {id: $coach})-[h:HOLDS]->(s:Skill)
WHERE s.id IN $skills
RETURN s.id AS skill, h.level AS level, h.source AS source, h.at AS at
