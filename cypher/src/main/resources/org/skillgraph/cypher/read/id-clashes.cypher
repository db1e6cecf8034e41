// Ids held by nodes of more than one model label, which the import format forbids (the neighbourhood and
// every lookup by id would show only one of them). Parameters: $limit. One row: total, the first $limit.
CALL () {
  MATCH (n:Skill) RETURN n.id AS id, 'Skill' AS label
  UNION ALL MATCH (n:Topic) RETURN n.id AS id, 'Topic' AS label
  UNION ALL MATCH (n:Role) RETURN n.id AS id, 'Role' AS label
  UNION ALL MATCH (n:Module) RETURN n.id AS id, 'Module' AS label
  UNION ALL MATCH (n:Badge) RETURN n.id AS id, 'Badge' AS label
  UNION ALL MATCH (n:Cohort) RETURN n.id AS id, 'Cohort' AS label
  UNION ALL MATCH (n:Person) RETURN n.id AS id, 'Person' AS label
  UNION ALL MATCH (n:Framework) RETURN n.id AS id, 'Framework' AS label
}
WITH id, label
WHERE id IS NOT NULL
ORDER BY id, label
WITH id, collect(label) AS labels
WHERE size(labels) > 1
WITH collect({id: id, labels: labels}) AS clashes
RETURN size(clashes) AS total, clashes[..$limit] AS clashes
