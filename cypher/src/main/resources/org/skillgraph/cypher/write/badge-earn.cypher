// Awards badges once: an existing EARNED keeps its first date. Parameters: $rows [{person, badge, at}].
// One row: earned.
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (b:Badge {id: row.badge})
MERGE (p)-[e:EARNED]->(b)
ON CREATE SET e.at = row.at
RETURN count(e) AS earned
