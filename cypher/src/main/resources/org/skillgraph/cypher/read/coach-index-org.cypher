// The version of the reporting lines (Meta.orgVersion), read by the coach index with the people a change names, so
// chains come from an org chart at least that new. No parameters; one row: orgVersion.
OPTIONAL MATCH (m:Meta {id: 'meta'})
RETURN coalesce(m.orgVersion, 0) AS orgVersion
