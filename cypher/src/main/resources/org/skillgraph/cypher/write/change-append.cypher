// Appends one Change per id to the change feed, numbered on from the ChangeFeed node's seq; locks that node until
// commit (always the last lock a transaction takes), so sequence numbers commit in order and a poller never sees a
// later one before an earlier one. A person's version is the seq of the last Change naming them.
// Parameters: $kind ('person'), $ids [id], non-empty. One row: seq (the last).
MERGE (f:ChangeFeed {id: 'feed'})
ON CREATE SET f.seq = 0
WITH f, f.seq AS base
SET f.seq = base + size($ids)
WITH base
UNWIND range(0, size($ids) - 1) AS i
CREATE (:Change {seq: base + i + 1, kind: $kind, id: $ids[i], at: datetime()})
RETURN max(base + i + 1) AS seq
