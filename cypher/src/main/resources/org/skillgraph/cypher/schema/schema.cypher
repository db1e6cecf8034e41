// The skillgraph schema, applied at startup; every statement is idempotent and runs in its own transaction.
// One uniqueness constraint on id per label (it also gives the id lookups their index),
// the full-text index for skill search, and the range indexes used by filters.
CREATE CONSTRAINT skill_id IF NOT EXISTS FOR (n:Skill) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT module_id IF NOT EXISTS FOR (n:Module) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cohort_id IF NOT EXISTS FOR (n:Cohort) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT badge_id IF NOT EXISTS FOR (n:Badge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (n:Meta) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT segment_id IF NOT EXISTS FOR (n:Segment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT framework_id IF NOT EXISTS FOR (n:Framework) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mentorship_id IF NOT EXISTS FOR (n:Mentorship) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mentoring_key_id IF NOT EXISTS FOR (n:MentoringKey) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX skill_search IF NOT EXISTS FOR (n:Skill) ON EACH [n.name, n.aliases];
CREATE INDEX person_department IF NOT EXISTS FOR (n:Person) ON (n.department);
CREATE INDEX module_status IF NOT EXISTS FOR (n:Module) ON (n.status);
CREATE INDEX module_modality IF NOT EXISTS FOR (n:Module) ON (n.modality);
CREATE INDEX holds_level IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.level);
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.hash IS UNIQUE;
CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (n:AuditEvent) REQUIRE n.id IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
CREATE CONSTRAINT xapi_statement_id IF NOT EXISTS FOR (n:XapiStatement) REQUIRE n.id IS UNIQUE;
CREATE INDEX xapi_statement_status IF NOT EXISTS FOR (n:XapiStatement) ON (n.status);
CREATE CONSTRAINT credential_id IF NOT EXISTS FOR (n:Credential) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT status_list_id IF NOT EXISTS FOR (n:StatusList) REQUIRE n.id IS UNIQUE;
CREATE INDEX credential_status_index IF NOT EXISTS FOR (n:Credential) ON (n.statusIndex);
CREATE CONSTRAINT change_set_id IF NOT EXISTS FOR (n:ChangeSet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT framework_version_id IF NOT EXISTS FOR (n:FrameworkVersion) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_entry_entity IF NOT EXISTS FOR (n:ChangeEntry) ON (n.entity);
CREATE CONSTRAINT change_feed_id IF NOT EXISTS FOR (n:ChangeFeed) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_seq IF NOT EXISTS FOR (n:Change) ON (n.seq);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
