// The framework of each given skill that exists and belongs to one (imports map scale values with it).
// Parameters: $ids (skill ids). One row per such skill: id, framework.
UNWIND $ids AS id
MATCH (:Skill {id: id})-[:IN_FRAMEWORK]->(f:Framework)
RETURN id, f.id AS framework
