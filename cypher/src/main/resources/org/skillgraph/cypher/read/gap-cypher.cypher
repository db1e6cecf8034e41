// The gap of a person for their target role answered by Cypher alone (no snapshot): kept as the baseline
// the benchmark compares the snapshot planner with. Parameters: $id. One row (null target when none).
MATCH (p:Person {id: $id})-[:TARGETS]->(role:Role)
CALL (p, role) {
  MATCH (role)-[n:NEEDS]->(s:Skill)
  OPTIONAL MATCH (p)-[h:HOLDS]->(s)
  WITH s, n, coalesce(h.level, 0) AS current
  RETURN collect({skillId: s.id, name: s.name, requiredLevel: n.level, currentLevel: current,
                  gap: CASE WHEN n.level > current THEN n.level - current ELSE 0 END,
                  importance: n.importance, essential: n.essential}) AS skills,
         sum(n.importance * toFloat(CASE WHEN current < n.level THEN current ELSE n.level END) / n.level)
           / sum(n.importance) AS readiness
}
CALL (p, role) {
  MATCH (role)-[n:NEEDS]->(s:Skill)
  WHERE coalesce([(p)-[h:HOLDS]->(s) | h.level][0], 0) < n.level
  MATCH path = (s)-[:REQUIRES*1..]->(pre:Skill)
  WITH pre, max(last(relationships(path)).level) AS level, collect(DISTINCT s.id) AS neededFor
  WITH pre, level, neededFor, coalesce([(p)-[h:HOLDS]->(pre) | h.level][0], 0) AS current
  WHERE current < level
  RETURN collect({skillId: pre.id, name: pre.name, requiredLevel: level, currentLevel: current,
                  neededFor: neededFor}) AS prerequisites
}
RETURN role.id AS targetId, skills, prerequisites, round(readiness, 3) AS readiness
