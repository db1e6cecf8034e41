// What a role's deletion would break (the delete guard): ids of the roles whose career moves lead to it; only counts of
// the people in it and of those targeting it (personal data). Parameters: $id. Zero or one row.
MATCH (r:Role {id: $id})
RETURN COLLECT { MATCH (from:Role)-[:LEADS_TO]->(r) RETURN from.id ORDER BY from.id } AS movesIn,
       COUNT { (:Person)-[:IN_ROLE]->(r) } AS incumbents,
       COUNT { (:Person)-[:TARGETS]->(r) } AS aspirants
