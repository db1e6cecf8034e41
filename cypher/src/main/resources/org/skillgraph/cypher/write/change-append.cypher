// Appends one Change per id to the change feed, numbered on from Meta.changeSeq; takes the Meta lock until commit, so
// sequence numbers commit in order and a poller never sees a later one before an earlier one. A person's version is
// the seq of the last Change naming them. Parameters: $kind ('person'), $ids [id], non-empty. One row: seq (the last).
MERGE (m:Meta {id: 'meta'})
ON CREATE SET m.version = 0
WITH m, coalesce(m.changeSeq, 0) AS base
SET m.changeSeq = base + size($ids)
WITH base
UNWIND range(0, size($ids) - 1) AS i
CREATE (:Change {seq: base + i + 1, kind: $kind, id: $ids[i], at: datetime()})
RETURN max(base + i + 1) AS seq
