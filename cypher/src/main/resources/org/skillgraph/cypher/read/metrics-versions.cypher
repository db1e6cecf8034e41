// The people a metric covers, as ids and fact versions only, with the graph version: an API node reads the history of
// those whose cached facts are older (read/metrics-histories). Parameters: $role (target role), $cohort, $department
// (each null for any). One row: version, roleFound, cohortFound, people ([id, factsVersion] pairs in id order).
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (role:Role {id: $role})
OPTIONAL MATCH (cohort:Cohort {id: $cohort})
RETURN coalesce(meta.version, 0) AS version,
       ($role IS NULL OR role IS NOT NULL) AS roleFound,
       ($cohort IS NULL OR cohort IS NOT NULL) AS cohortFound,
       COLLECT {
         CALL {
           WITH cohort
           MATCH (p:Person)-[:MEMBER_OF]->(cohort)
           WHERE $cohort IS NOT NULL
           RETURN p
           UNION
           WITH role
           MATCH (p:Person)-[:TARGETS]->(role)
           WHERE $cohort IS NULL AND $role IS NOT NULL
           RETURN p
           UNION
           MATCH (p:Person)
           WHERE $cohort IS NULL AND $role IS NULL
           RETURN p
         }
         WITH p
         WHERE ($department IS NULL OR p.department = $department)
           AND ($role IS NULL OR EXISTS { (p)-[:TARGETS]->(role) })
         ORDER BY p.id
         RETURN [p.id, coalesce(p.factsVersion, 0)]
       } AS people
