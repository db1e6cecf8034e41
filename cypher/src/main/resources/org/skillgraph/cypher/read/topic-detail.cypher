// One topic with its broader and narrower topics and the number of skills tagged with it, and the state its entity
// tag (ETag) is computed from (properties and outgoing relationships, as EditQueries.lockState). Parameters: $id. Zero or one row.
MATCH (t:Topic {id: $id})
RETURN t {.id, .name} AS topic,
       [(t)-[:BROADER]->(b:Topic) | b {.id, .name}] AS broader,
       [(n:Topic)-[:BROADER]->(t) | n {.id, .name}] AS narrower,
       COUNT { (t)<-[:IN_TOPIC]-(:Skill) } AS skills,
       properties(t) AS properties,
       [(t)-[out]->(x) | {type: type(out), to: x.id, properties: properties(out)}] AS outgoing
