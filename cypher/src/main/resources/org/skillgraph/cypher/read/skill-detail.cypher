// One skill with its topics, direct and transitive prerequisites (level on the edge into each), dependents,
// the modules that teach it and the roles that need it, and the state its entity tag (ETag) is computed from
// (properties and outgoing relationships, as EditQueries.lockState). Parameters: $id. Zero or one row.
MATCH (s:Skill {id: $id})
RETURN s {.id, .name, .description, .kind, .source, .sourceUri, aliases: coalesce(s.aliases, [])} AS skill,
       [(s)-[:IN_TOPIC]->(t:Topic) | t {.id, .name}] AS topics,
       [(s)-[r:REQUIRES]->(p:Skill) | {id: p.id, name: p.name, level: r.level}] AS prerequisites,
       COLLECT {
         MATCH path = (s)-[:REQUIRES*1..]->(p:Skill)
         WITH p, max(last(relationships(path)).level) AS level, min(length(path)) AS depth
         RETURN {id: p.id, name: p.name, level: level, depth: depth} AS prerequisite
         ORDER BY depth, prerequisite.id
       } AS transitivePrerequisites,
       [(d:Skill)-[r:REQUIRES]->(s) | {id: d.id, name: d.name, level: r.level}] AS dependents,
       [(m:Module)-[r:TEACHES]->(s) | {id: m.id, title: m.title, level: r.level, hours: m.hours, status: m.status}] AS taughtBy,
       [(role:Role)-[r:NEEDS]->(s) | {id: role.id, title: role.title, level: r.level, importance: r.importance,
                                       essential: r.essential}] AS neededBy,
       [(s)-[:RELATED]-(x:Skill) | x {.id, .name}] AS related,
       properties(s) AS properties,
       [(s)-[out]->(x) | {type: type(out), to: x.id, properties: properties(out)}] AS outgoing
