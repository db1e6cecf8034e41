// Every reporting line, with the org version they belong to, in one round trip: what an API node caches to place
// people in the reporting tree. No parameters; one row: orgVersion, lines [[person id, manager id]].
OPTIONAL MATCH (meta:Meta {id: 'meta'})
RETURN coalesce(meta.orgVersion, 0) AS orgVersion,
       COLLECT { MATCH (p:Person)-[:REPORTS_TO]->(m:Person) RETURN [p.id, m.id] } AS lines
