// The secret key that seals coaching request handles, made once and shared by every API node of the store.
// Parameters: $key (base64 of 32 random bytes, kept only when there is no key yet). One row: key.
MERGE (k:MentoringKey {id: 'request-handles'})
ON CREATE SET k.key = $key
RETURN k.key AS key
