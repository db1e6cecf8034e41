// Marks the frameworks of skills an edit wrote (a skill's own fields and links, a crosswalk) as changed, so their
// lastChangedAt (CASE's lastChangeDateTime) follows the editing API as it follows imports. Parameters: $ids
// (skill ids). One row: touched (frameworks).
UNWIND $ids AS id
MATCH (:Skill {id: id})-[:IN_FRAMEWORK]->(f:Framework)
WITH DISTINCT f
SET f.lastChangedAt = datetime()
RETURN count(f) AS touched
