// The stored scale of each given framework that has one (see FrameworkRows for the properties).
// Parameters: $ids (framework ids). One row per framework with a scale.
UNWIND $ids AS id
MATCH (f:Framework {id: id})
WHERE f.scaleName IS NOT NULL
RETURN id, f.scaleName AS name, f.scaleMin AS min, f.scaleMax AS max, f.scaleFrom AS froms,
       f.scaleValues AS names, f.scaleLevels AS levels
