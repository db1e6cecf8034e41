// The change feed after $after, polled by every API node: the feed's last seq, the curriculum version (a move drops
// every learner state), the highest pruned seq, and up to $limit changes in sequence order as [seq, kind, id].
// Parameters: $after, $limit. One row.
OPTIONAL MATCH (m:Meta {id: 'meta'})
OPTIONAL MATCH (f:ChangeFeed {id: 'feed'})
RETURN coalesce(f.seq, 0) AS seq,
       coalesce(m.version, 0) AS version,
       coalesce(f.prunedThrough, 0) AS pruned,
       COLLECT { MATCH (c:Change) WHERE c.seq > $after RETURN [c.seq, c.kind, c.id] ORDER BY c.seq LIMIT $limit } AS changes
