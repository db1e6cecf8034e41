// Whether a cohort exists. Parameters: $id. One row.
RETURN EXISTS { (:Cohort {id: $id}) } AS found
