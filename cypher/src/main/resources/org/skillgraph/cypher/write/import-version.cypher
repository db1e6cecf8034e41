// After a bundle import's writes: bumps Meta.version (and Meta.orgVersion when $people) unless the bundle with this
// $digest was the last one imported and no write moved that version since: re-importing identical data changes nothing.
// When people moved, appends a 'people' Change with id '*' (every person) to the change feed.
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
WITH m, $people AND NOT sameOrg AS everyone
// The feed's node is locked last (after Meta), as every append does.
FOREACH (x IN CASE WHEN everyone THEN [1] ELSE [] END |
  MERGE (f:ChangeFeed {id: 'feed'})
  ON CREATE SET f.seq = 0
  SET f.seq = f.seq + 1
  CREATE (:Change {seq: f.seq, kind: 'people', id: '*', at: datetime()}))
RETURN m.version AS version
