// After a bundle import's writes: bumps Meta.version (and Meta.orgVersion when $people) unless the bundle with this
// $digest was the last one imported and no write moved that version since: re-importing identical data changes nothing.
// Appends to the change feed what moved: a 'curriculum' Change, and a 'people' Change with id '*' (every person).
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
WITH m, [k IN ['curriculum', 'people'] WHERE (k = 'curriculum' AND NOT sameCurriculum)
                                            OR (k = 'people' AND $people AND NOT sameOrg)] AS moved
WITH m, moved, coalesce(m.changeSeq, 0) AS base
SET m.changeSeq = base + size(moved)
FOREACH (i IN range(0, size(moved) - 1) |
  CREATE (:Change {seq: base + i + 1, kind: moved[i],
                   id: CASE moved[i] WHEN 'curriculum' THEN toString(m.version) ELSE '*' END, at: datetime()}))
RETURN m.version AS version
