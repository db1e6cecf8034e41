// After a bundle import's writes: bumps Meta.version (and Meta.orgVersion when $people) unless the bundle with this
// $digest was the last one imported and no write moved that version since: re-importing identical data changes nothing.
// Parameters: digest, people. One row: version.
MERGE (m:Meta {id: 'meta'})
ON CREATE SET m.version = 0
WITH m, coalesce(m.importDigest = $digest, false) AS same
WITH m, same AND coalesce(m.importVersion = m.version, false) AS sameCurriculum,
     same AND coalesce(m.importOrgVersion, -1) = coalesce(m.orgVersion, -1) AS sameOrg
SET m.version = CASE WHEN sameCurriculum THEN m.version ELSE m.version + 1 END
SET m.orgVersion = CASE WHEN $people AND NOT sameOrg THEN coalesce(m.orgVersion, 0) + 1 ELSE m.orgVersion END
SET m.importDigest = $digest
SET m.importVersion = m.version
SET m.importOrgVersion = m.orgVersion
RETURN m.version AS version
