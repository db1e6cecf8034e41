// Everything the graph holds about one person, for a data export: the node's properties, every relationship
// in either direction with its properties and the other end's label, id and name, and the nodes only this person
// owns (evidence) with their properties, and the xAPI statements applied to them or sent under one of their external
// ids, and the coaching requests and pairs they are a side of, with their goals and check-ins. Parameters: $id. Zero or
// one row.
MATCH (p:Person {id: $id})
RETURN properties(p) AS person,
       [(p)-[r]->(x) | {direction: 'out', type: type(r), label: head(labels(x)), id: x.id, name: coalesce(x.name, x.title), properties: properties(r)}]
         + [(p)<-[r]-(x) | {direction: 'in', type: type(r), label: head(labels(x)), id: x.id, name: coalesce(x.name, x.title), properties: properties(r)}]
         AS relationships,
       [(p)-[:HAS_EVIDENCE]->(e:Evidence) | e {.*, skillId: head([(e)-[:FOR]->(s:Skill) | s.id])}] AS evidence,
       COLLECT {
         MATCH (x:XapiStatement)
         WHERE x.personId = p.id OR x.actorKey IN coalesce(p.externalIds, [])
         RETURN x {.id, .stored, .actorKey, .verb, .activityId, .status, .reason, .raw}
       } AS xapiStatements,
       COLLECT {
         MATCH (p)<-[side:COACH|LEARNER]-(m:Mentorship)
         RETURN m {.*, side: toLower(type(side)),
                   goals: [(m)-[:HAS_GOAL]->(g:MentoringGoal) | properties(g)],
                   checkIns: [(m)-[:HAS_CHECK_IN]->(c:CheckIn) | properties(c)]}
       } AS mentoring
