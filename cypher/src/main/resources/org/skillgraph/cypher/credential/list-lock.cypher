// Takes the status list's write lock (creating the list on first use), so index allocations run one at a time.
// Parameters: $list. One row.
MERGE (l:StatusList {id: $list})
  ON CREATE SET l.next = 0
SET l._lock = true
REMOVE l._lock
RETURN l.next AS next
