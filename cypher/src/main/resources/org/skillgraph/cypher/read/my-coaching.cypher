// One person's active coaching pairs in both directions, with only what a pair needs: the other person's
// name (not their id or levels), the skills coached and since when. Parameters: $id. Zero or more rows.
MATCH (me:Person {id: $id})-[r:COACHES]-(other:Person)
WHERE r.endedAt IS NULL
RETURN CASE WHEN startNode(r) = me THEN 'coaching' ELSE 'coached-by' END AS direction,
       other.name AS name, coalesce(r.skills, []) AS skills, r.since AS since
ORDER BY direction, since, name
