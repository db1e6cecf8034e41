// Replaces a module's activity ids unless another module, or a skill, holds one of them.
// Parameters: $id, $activities. Zero rows when the module is unknown; else one row naming a clashing module or skill
// (clash, clashKind) or nulls.
MATCH (m:Module {id: $id})
CALL (m) {
  OPTIONAL MATCH (o:Module)
  WHERE o <> m AND any(a IN coalesce(o.activityIds, []) WHERE a IN $activities)
  RETURN o.id AS clash, 'module' AS clashKind
  UNION ALL
  OPTIONAL MATCH (s:Skill)
  WHERE any(a IN coalesce(s.activityIds, []) WHERE a IN $activities)
  RETURN s.id AS clash, 'skill' AS clashKind
}
WITH m, clash, clashKind ORDER BY clash IS NULL
WITH m, collect({id: clash, kind: clashKind})[0] AS found
WITH m, CASE WHEN found.id IS NULL THEN null ELSE found END AS found
FOREACH (_ IN CASE WHEN found IS NULL THEN [1] ELSE [] END | SET m.activityIds = $activities)
RETURN found.id AS clash, found.kind AS clashKind
