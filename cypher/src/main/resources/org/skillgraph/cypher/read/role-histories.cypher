// Everyone's role stints (HELD_ROLE) in start order with their current role, for the career moves people made;
// no person id leaves the database. No parameters. One row: histories, one {current, stints} per person with a history.
RETURN COLLECT {
  MATCH (p:Person) WHERE EXISTS { (p)-[:HELD_ROLE]->(:Role) }
  RETURN {current: head([(p)-[:IN_ROLE]->(c:Role) | c.id]),
          stints: COLLECT { MATCH (p)-[h:HELD_ROLE]->(r:Role)
                            RETURN {role: r.id, from: h.from, to: h.to} ORDER BY h.from, r.id }}
} AS histories
