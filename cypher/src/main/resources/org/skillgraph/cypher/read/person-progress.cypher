// Everything a person's progress needs in one round trip: graph version, target role (with since), evidence
// history, current holds, completed modules and earned badges. Parameters: $id. One row; person null if unknown.
OPTIONAL MATCH (meta:Meta {id: 'meta'})
OPTIONAL MATCH (p:Person {id: $id})
RETURN coalesce(meta.version, 0) AS version,
       p.id AS person,
       p.weeklyHours AS weeklyHours,
       [(p)-[t:TARGETS]->(r:Role) | {role: r.id, since: t.since}][0] AS target,
       COLLECT {
         MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill)
         WHERE e.retractedAt IS NULL
         RETURN {skill: s.id, source: e.source, level: e.level, at: e.at, expiresAt: e.expiresAt} AS evidence
       } AS evidence,
       [(p)-[h:HOLDS]->(s:Skill) | {skill: s.id, level: h.level, source: h.source, at: h.at}] AS holds,
       [(p)-[:COMPLETED]->(m:Module) | m.id] AS completed,
       COLLECT {
         MATCH (p)-[e:EARNED]->(b:Badge)
         RETURN {badge: b.id, at: e.at} AS earned
         ORDER BY b.id
       } AS earned
