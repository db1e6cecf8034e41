// What a skill's deletion would break (the delete guard): ids of the roles needing it, modules teaching or assuming
// it, badges certifying it, skills requiring it or narrower than it; only a count of the people holding it (personal
// data). Parameters: $id. Zero or one row.
MATCH (s:Skill {id: $id})
RETURN COLLECT { MATCH (r:Role)-[:NEEDS]->(s) RETURN r.id ORDER BY r.id } AS roles,
       COLLECT { MATCH (m:Module)-[:TEACHES]->(s) RETURN m.id ORDER BY m.id } AS teachingModules,
       COLLECT { MATCH (m:Module)-[:ASSUMES]->(s) RETURN m.id ORDER BY m.id } AS assumingModules,
       COLLECT { MATCH (b:Badge)-[:CERTIFIES]->(s) RETURN b.id ORDER BY b.id } AS badges,
       COLLECT { MATCH (d:Skill)-[:REQUIRES]->(s) RETURN d.id ORDER BY d.id } AS dependentSkills,
       COLLECT { MATCH (n:Skill)-[:BROADER]->(s) RETURN n.id ORDER BY n.id } AS narrowerSkills,
       COUNT { (:Person)-[:HOLDS]->(s) } AS holders
