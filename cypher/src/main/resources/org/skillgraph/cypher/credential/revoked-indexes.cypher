// Status indexes of the revoked credentials in [$from, $to): the set bits of one status list.
// Parameters: $from, $to. One row per revoked credential.
MATCH (c:Credential)
WHERE c.statusIndex >= $from AND c.statusIndex < $to AND c.revokedAt IS NOT NULL
RETURN c.statusIndex AS statusIndex
