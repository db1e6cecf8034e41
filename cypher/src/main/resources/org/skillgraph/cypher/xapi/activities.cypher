// The module behind each of the given activity ids, through the modules' activity ids.
// Parameters: $activities (list of IRIs). One row per activity id that names a module.
MATCH (m:Module)
WHERE m.activityIds IS NOT NULL
UNWIND m.activityIds AS activity
WITH activity, m
WHERE activity IN $activities
RETURN activity, m.id AS moduleId
