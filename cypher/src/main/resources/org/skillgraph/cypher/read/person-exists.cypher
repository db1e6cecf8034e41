// Whether a person exists. Parameters: $id. One row.
RETURN EXISTS { (:Person {id: $id}) } AS found
