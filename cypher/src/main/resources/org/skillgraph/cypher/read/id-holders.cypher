// Which model nodes hold the given ids, whatever their label: one index seek per label and id.
// Parameters: $ids (strings). One row per node holding one of them: its id and its label.
UNWIND $ids AS wanted
CALL (wanted) {
  MATCH (n:Skill {id: wanted}) RETURN 'Skill' AS label
  UNION ALL MATCH (n:Topic {id: wanted}) RETURN 'Topic' AS label
  UNION ALL MATCH (n:Role {id: wanted}) RETURN 'Role' AS label
  UNION ALL MATCH (n:Module {id: wanted}) RETURN 'Module' AS label
  UNION ALL MATCH (n:Badge {id: wanted}) RETURN 'Badge' AS label
  UNION ALL MATCH (n:Cohort {id: wanted}) RETURN 'Cohort' AS label
  UNION ALL MATCH (n:Person {id: wanted}) RETURN 'Person' AS label
  UNION ALL MATCH (n:Framework {id: wanted}) RETURN 'Framework' AS label
}
RETURN wanted AS id, label
ORDER BY id, label
