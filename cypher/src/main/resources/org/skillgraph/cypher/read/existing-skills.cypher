// Which of the given skill ids exist (evidence and batch validation). Parameters: $ids [skill id].
// One row per existing skill: id.
UNWIND $ids AS id
MATCH (s:Skill {id: id})
RETURN s.id AS id
