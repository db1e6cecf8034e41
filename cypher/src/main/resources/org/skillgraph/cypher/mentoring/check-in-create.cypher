// Records a check-in of a coaching pair. Parameters: $mentorship, $checkIn {id, on, by, note, minutes, progressGoals,
// progressPercents, recordedAt}. One row: id.
MATCH (m:Mentorship {id: $mentorship})
CREATE (m)-[:HAS_CHECK_IN]->(c:CheckIn)
SET c = $checkIn
RETURN c.id AS id
