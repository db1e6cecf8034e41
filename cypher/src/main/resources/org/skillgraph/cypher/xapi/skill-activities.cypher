// The skill behind each of the given activity ids, through the skills' activity ids.
// Parameters: $activities (list of IRIs). One row per activity id that names a skill.
MATCH (s:Skill)
WHERE s.activityIds IS NOT NULL
UNWIND s.activityIds AS activity
WITH activity, s
WHERE activity IN $activities
RETURN activity, s.id AS skillId
