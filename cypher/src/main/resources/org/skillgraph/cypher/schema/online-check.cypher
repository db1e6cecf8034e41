// Readiness: how many of skillgraph's indexes exist and how many of them are online.
// No parameters; one row.
SHOW INDEXES YIELD name, state
WHERE name IN ['skill_id', 'topic_id', 'role_id', 'module_id', 'person_id', 'cohort_id', 'badge_id', 'meta_id', 'evidence_id',
               'segment_id', 'api_token_id', 'api_token_hash', 'audit_event_id', 'audit_event_at',
               'skill_search', 'person_department', 'module_status', 'module_modality', 'holds_level']
RETURN count(*) AS total, count(CASE WHEN state = 'ONLINE' THEN 1 END) AS online
