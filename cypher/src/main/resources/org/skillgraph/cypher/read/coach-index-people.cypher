// The coach index's view of some people, re-read after the change feed names them. Parameters: $ids [person id],
// $minLevel (lowest level that can ever make a coach), $tooWeak [evidence source whose levels cannot make a coach].
// One row per person found (deleted people give none); the columns are those of coach-index-everyone.cypher.
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, p.name AS name, p.department AS department, p.location AS location, p.timezone AS timezone,
       coalesce(p.coachingOptIn, false) = true AS optIn, coalesce(p.coachingCapacity, 0) AS capacity,
       COUNT { (p)-[r:COACHES]->() WHERE r.endedAt IS NULL } AS activePairs,
       [(p)<-[:COACH]-(m:Mentorship {state: 'proposed'}) WHERE m.expiresAt IS NOT NULL | m.expiresAt] AS pendingUntil,
       [(c:Person)-[r:COACHES]->(p) WHERE r.endedAt IS NULL | {coach: c.id, skills: coalesce(r.skills, [])}] AS coachedBy,
       [(c:Person)<-[:COACH]-(m:Mentorship {state: 'proposed'})-[:LEARNER]->(p) WHERE m.expiresAt IS NOT NULL
          | {coach: c.id, skills: coalesce(m.skills, []), until: m.expiresAt}] AS requested,
       CASE WHEN p.coachingOptIn = true
            THEN [(p)-[h:HOLDS]->(s:Skill) WHERE h.level >= $minLevel AND h.at IS NOT NULL
                    AND NOT coalesce(h.source, 'import') IN $tooWeak | {skill: s.id, level: h.level, source: h.source, at: h.at}]
            ELSE [] END AS holds,
       p.prefFormat AS prefFormat, p.prefLanguages AS prefLanguages, p.prefTimezone AS prefTimezone,
       p.prefOtherDepartment AS prefOtherDepartment, p.prefWantsToCoach AS prefWantsToCoach,
       p.prefAvailableFrom AS prefAvailableFrom, p.prefAvailableUntil AS prefAvailableUntil
