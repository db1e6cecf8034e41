// Deletes up to $limit changes older than $before and records the highest deleted seq as ChangeFeed.prunedThrough,
// so a poller that fell behind it knows to drop everything. Parameters: $before (datetime), $limit. One row: pruned.
MATCH (c:Change) WHERE c.at < $before
WITH c ORDER BY c.seq LIMIT $limit
WITH collect(c) AS old, max(c.seq) AS through
OPTIONAL MATCH (f:ChangeFeed {id: 'feed'})
FOREACH (x IN CASE WHEN through IS NULL OR f IS NULL THEN [] ELSE [f] END |
  SET x.prunedThrough = CASE WHEN coalesce(x.prunedThrough, 0) > through THEN x.prunedThrough ELSE through END)
FOREACH (c IN old | DELETE c)
RETURN size(old) AS pruned
