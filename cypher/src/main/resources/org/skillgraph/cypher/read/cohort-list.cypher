// Cohorts in id order from a keyset cursor with their member counts. Parameters: $after, $limit.
MATCH (c:Cohort)
WHERE c.id > $after
WITH c ORDER BY c.id LIMIT $limit
RETURN c {.id, .name, .description} AS cohort, COUNT { (c)<-[:MEMBER_OF]-(:Person) } AS members
