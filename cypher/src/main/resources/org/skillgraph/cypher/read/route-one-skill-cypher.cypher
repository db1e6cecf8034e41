// A route to one skill at one level answered by Cypher alone (no snapshot): the baseline the benchmark compares
// the route planner with (what it leaves out is listed in the benchmark report). Parameters: $id, $skill, $level.
// One row when the person and the skill exist; module null when no published module can bring the skill there.
MATCH (p:Person {id: $id}), (target:Skill {id: $skill})
WITH p, target, coalesce([(p)-[h:HOLDS]->(target) | h.level][0], 0) AS held,
     [(p)-[:COMPLETED]->(done:Module) | done.id] AS completed
OPTIONAL CALL (p, target, held, completed) {
  // Candidates: published modules not yet completed that teach the skill at the level or above.
  MATCH (m:Module {status: 'published'})-[t:TEACHES]->(target)
  WHERE held < $level AND t.level >= $level AND NOT m.id IN completed
  CALL (p, m, target, completed) {
    // What the candidate needs first: its ASSUMES and the skill's REQUIRES, at the highest level asked,
    // where the person holds less; each covered by the cheapest published module (one level deep).
    CALL (m, target) {
      MATCH (m)-[a:ASSUMES]->(need:Skill)
      RETURN need, a.level AS level
      UNION
      MATCH (target)-[r:REQUIRES]->(need:Skill)
      RETURN need, r.level AS level
    }
    WITH p, m, completed, need, max(level) AS level
    WHERE coalesce([(p)-[h:HOLDS]->(need) | h.level][0], 0) < level
    CALL (m, need, level, completed) {
      OPTIONAL MATCH (c:Module {status: 'published'})-[ct:TEACHES]->(need)
      WHERE ct.level >= level AND NOT c.id IN completed AND c <> m
      RETURN c
      ORDER BY c.hours, c.id
      LIMIT 1
    }
    WITH need, level, c
    ORDER BY c.hours, c.id
    RETURN collect({skill: need.id, level: level, module: c.id}) AS requirements, collect(DISTINCT c) AS before
  }
  WITH m, requirements, before
  WHERE all(r IN requirements WHERE r.module IS NOT NULL)
  RETURN m, requirements, before, m.hours + reduce(h = 0.0, c IN before | h + c.hours) AS total
  ORDER BY total, m.id
  LIMIT 1
}
RETURN target.id AS skill, $level AS level, held AS currentLevel,
       [c IN coalesce(before, []) | {module: c.id, hours: c.hours}]
         + CASE WHEN m IS NULL THEN [] ELSE [{module: m.id, hours: m.hours}] END AS steps,
       CASE WHEN held >= $level THEN 0.0 ELSE total END AS totalHours,
       coalesce(requirements, []) AS requirements,
       held < $level AND m IS NULL AS unreachable
