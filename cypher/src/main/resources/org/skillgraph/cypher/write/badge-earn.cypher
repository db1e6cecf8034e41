// Awards badges to a person once: an existing EARNED is kept with its first date.
// Parameters: $person, $badges [badge id], $at (date). One row: earned (created).
MATCH (p:Person {id: $person})
UNWIND $badges AS id
MATCH (b:Badge {id: id})
MERGE (p)-[e:EARNED]->(b)
ON CREATE SET e.at = $at
RETURN count(e) AS earned
