// Names the self evidence a self-assessment recorded on its claim. Parameters: $id, $evidenceId. One row (0 or 1).
MATCH (c:Claim {id: $id})
SET c.selfEvidenceId = $evidenceId
RETURN c.id AS id
