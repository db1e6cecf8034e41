// How many stored statements are not applied: waiting for a mapping or with a verb no mapping applies.
// No parameters. One row: count.
MATCH (x:XapiStatement)
WHERE x.status IN ['unmapped', 'unsupported']
RETURN count(x) AS count
