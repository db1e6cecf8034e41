// Which of the skills $ids are deprecated, with their successors (REPLACED_BY), for refusing new references to
// them. Parameters: $ids. One row per deprecated skill.
UNWIND $ids AS id
MATCH (s:Skill {id: id})
WHERE s.deprecated
RETURN s.id AS id, [(s)-[:REPLACED_BY]->(b:Skill) | b.id] AS successors
