// Records a new version of a framework (seq one above the last) and moves its lastChangedAt. Parameters:
// $framework, $version {source, importer, at, changeSet?, summary, added, removed, changed}. One row: the version.
MATCH (f:Framework {id: $framework})
WITH f, COUNT { (f)<-[:VERSION_OF]-(:FrameworkVersion) } + 1 AS seq
CREATE (v:FrameworkVersion)-[:VERSION_OF]->(f)
SET v = $version, v.framework = f.id, v.seq = seq, v.id = f.id + '@' + toString(seq), f.lastChangedAt = v.at
RETURN v {.*} AS version
