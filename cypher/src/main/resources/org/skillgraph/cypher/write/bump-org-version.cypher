// Bumps Meta.orgVersion, the version of the people and their reporting lines that API nodes cache as an org chart;
// person writes, erasures and bundle imports call it. Takes the Meta node's write lock without moving the curriculum
// version. No parameters; one row: orgVersion.
MERGE (m:Meta {id: 'meta'})
ON CREATE SET m.version = 0
SET m.orgVersion = coalesce(m.orgVersion, 0) + 1
RETURN m.orgVersion AS orgVersion
