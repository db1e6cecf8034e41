// One piece of a person's evidence, for a retraction: its skill and whether it was retracted already.
// Parameters: $person, $id. Zero rows when the person has no evidence of that id, else one: skill, retractedAt.
MATCH (:Person {id: $person})-[:HAS_EVIDENCE]->(e:Evidence {id: $id})-[:FOR]->(s:Skill)
RETURN s.id AS skill, e.retractedAt AS retractedAt
