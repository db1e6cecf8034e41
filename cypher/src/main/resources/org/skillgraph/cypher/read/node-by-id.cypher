// A node of any model label by id, through each label's uniqueness constraint (one index seek per label).
// Parameters: $id. Zero or one row; should two labels share the id, the first in model order wins.
CALL () {
  MATCH (n:Skill {id: $id}) RETURN n, 0 AS rank
  UNION MATCH (n:Topic {id: $id}) RETURN n, 1 AS rank
  UNION MATCH (n:Role {id: $id}) RETURN n, 2 AS rank
  UNION MATCH (n:Module {id: $id}) RETURN n, 3 AS rank
  UNION MATCH (n:Badge {id: $id}) RETURN n, 4 AS rank
  UNION MATCH (n:Cohort {id: $id}) RETURN n, 5 AS rank
  UNION MATCH (n:Person {id: $id}) RETURN n, 6 AS rank
}
RETURN elementId(n) AS element, labels(n) AS labels, n.id AS id, toStringOrNull(coalesce(n.name, n.title)) AS name
ORDER BY rank
LIMIT 1
