// The recorded versions of a framework, newest first (keyset on seq). Parameters: $framework, $before (seq; a
// large number for the first page), $limit. At most $limit rows.
MATCH (v:FrameworkVersion)-[:VERSION_OF]->(:Framework {id: $framework})
WHERE v.seq < $before
RETURN v {.*} AS version
ORDER BY v.seq DESC
LIMIT $limit
