// Replaces a skill's activity ids unless another skill, or a module, holds one of them.
// Parameters: $id, $activities. Zero rows when the skill is unknown; else one row naming a clashing skill or module
// (clash, clashKind) or nulls.
MATCH (k:Skill {id: $id})
CALL (k) {
  OPTIONAL MATCH (o:Skill)
  WHERE o <> k AND any(a IN coalesce(o.activityIds, []) WHERE a IN $activities)
  RETURN o.id AS clash, 'skill' AS clashKind
  UNION ALL
  OPTIONAL MATCH (m:Module)
  WHERE any(a IN coalesce(m.activityIds, []) WHERE a IN $activities)
  RETURN m.id AS clash, 'module' AS clashKind
}
WITH k, clash, clashKind ORDER BY clash IS NULL
WITH k, collect({id: clash, kind: clashKind})[0] AS found
WITH k, CASE WHEN found.id IS NULL THEN null ELSE found END AS found
FOREACH (_ IN CASE WHEN found IS NULL THEN [1] ELSE [] END | SET k.activityIds = $activities)
RETURN found.id AS clash, found.kind AS clashKind
