// Replaces a module's activity ids unless another module holds one of them.
// Parameters: $id, $activities. Zero rows when the module is unknown; else one row naming a clashing module or null.
MATCH (m:Module {id: $id})
OPTIONAL MATCH (o:Module)
WHERE o.id <> $id AND any(a IN coalesce(o.activityIds, []) WHERE a IN $activities)
WITH m, collect(o.id)[0] AS clash
FOREACH (_ IN CASE WHEN clash IS NULL THEN [1] ELSE [] END | SET m.activityIds = $activities)
RETURN clash
