// One stored statement's raw JSON. Parameters: $id. Zero or one row.
MATCH (x:XapiStatement {id: $id})
RETURN x.raw AS raw
