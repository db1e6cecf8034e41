// Retires the removed roles the designer chose to deprecate or replace: flags them and, for a successor, links
// REPLACED_BY and moves the people in or targeting the role and its career moves onto the successor (migratedFrom,
// changeSet on what it creates). Parameters: $changeSet, $at, $rows [{role, successor?}]. One row of counts.
CALL () {
  UNWIND $rows AS row
  MATCH (r:Role {id: row.role})
  SET r.deprecated = true, r.deprecatedAt = $at, r.deprecatedBy = $changeSet
  RETURN count(r) AS deprecated
}
CALL () {
  UNWIND [x IN $rows WHERE x.successor IS NOT NULL] AS row
  MATCH (r:Role {id: row.role}), (n:Role {id: row.successor})
  MERGE (r)-[x:REPLACED_BY]->(n)
  SET x.changeSet = $changeSet
  RETURN count(x) AS replaced
}
CALL () {
  UNWIND [x IN $rows WHERE x.successor IS NOT NULL] AS row
  MATCH (p:Person)-[t:TARGETS]->(r:Role {id: row.role})
  MATCH (n:Role {id: row.successor})
  MERGE (p)-[m:TARGETS]->(n)
  ON CREATE SET m += properties(t), m.migratedFrom = r.id, m.changeSet = $changeSet
  DELETE t
  RETURN count(t) AS targets
}
CALL () {
  UNWIND [x IN $rows WHERE x.successor IS NOT NULL] AS row
  MATCH (p:Person)-[t:IN_ROLE]->(r:Role {id: row.role})
  MATCH (n:Role {id: row.successor})
  MERGE (p)-[m:IN_ROLE]->(n)
  ON CREATE SET m += properties(t), m.migratedFrom = r.id, m.changeSet = $changeSet
  DELETE t
  RETURN count(t) AS inRole
}
CALL () {
  UNWIND [x IN $rows WHERE x.successor IS NOT NULL] AS row
  MATCH (r:Role {id: row.role})-[l:LEADS_TO]-(o:Role)
  MATCH (n:Role {id: row.successor})
  WITH l, n, o, r.id AS from, startNode(l) = r AS outgoing
  CALL (l, n, o, from, outgoing) {
    WITH l, n, o, from, outgoing WHERE outgoing AND o <> n
    MERGE (n)-[m:LEADS_TO]->(o)
    ON CREATE SET m += properties(l), m.migratedFrom = from, m.changeSet = $changeSet
  }
  CALL (l, n, o, from, outgoing) {
    WITH l, n, o, from, outgoing WHERE NOT outgoing AND o <> n
    MERGE (o)-[m:LEADS_TO]->(n)
    ON CREATE SET m += properties(l), m.migratedFrom = from, m.changeSet = $changeSet
  }
  DELETE l
  RETURN count(l) AS moves
}
RETURN deprecated, replaced, targets, inRole, moves
