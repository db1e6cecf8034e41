// The whole dated history of the given people, as read/metrics-population reads it, each with its fact version, for
// an API node to compute their metric facts. Parameters: $ids [person id]. One row per person found, any order: person.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN {id: p.id,
        factsVersion: coalesce(p.factsVersion, 0),
        department: p.department,
        target: [(p)-[t:TARGETS]->(r:Role) | {role: r.id, since: t.since}][0],
        evidence: [(p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill) WHERE e.retractedAt IS NULL |
                   {skill: s.id, source: e.source, level: e.level, at: e.at, expiresAt: e.expiresAt}],
        holds: [(p)-[h:HOLDS]->(s:Skill) | {skill: s.id, level: h.level, at: h.at}],
        enrolled: [(p)-[x:ENROLLED]->(m:Module) | {module: m.id, at: x.at}],
        attempts: [(p)-[x:ATTEMPTED]->(m:Module) | {module: m.id, at: x.at, score: x.score, passed: x.passed}],
        completed: [(p)-[x:COMPLETED]->(m:Module) | {module: m.id, at: x.at}],
        coachedBy: [(c:Person)-[x:COACHES]->(p) |
                    {coach: c.id, since: x.since, endedAt: x.endedAt, skills: x.skills}]} AS person
