// Moves role needs, module teachings and entry requirements from superseded skills onto their successors
// (migratedFrom, changeSet on the new relationship; an existing one keeps the higher level), then rewrites the
// skill lists of active coaching pairs. Parameters: $changeSet, $rows [{from, to}], $successors {from: [to]}.
// One row: needs, teachings and pairs rewritten.
CALL () {
  UNWIND $rows AS row
  MATCH (r:Role)-[n:NEEDS]->(:Skill {id: row.from})
  MATCH (b:Skill {id: row.to})
  MERGE (r)-[m:NEEDS]->(b)
  ON CREATE SET m += properties(n), m.migratedFrom = row.from, m.changeSet = $changeSet
  ON MATCH SET m.level = CASE WHEN n.level > m.level THEN n.level ELSE m.level END
  RETURN count(n) AS needs
}
CALL () {
  UNWIND $rows AS row
  MATCH (x:Module)-[t:TEACHES]->(:Skill {id: row.from})
  MATCH (b:Skill {id: row.to})
  MERGE (x)-[m:TEACHES]->(b)
  ON CREATE SET m += properties(t), m.migratedFrom = row.from, m.changeSet = $changeSet
  ON MATCH SET m.level = CASE WHEN t.level > m.level THEN t.level ELSE m.level END
  RETURN count(t) AS teachings
}
CALL () {
  UNWIND $rows AS row
  MATCH (x:Module)-[t:ASSUMES]->(:Skill {id: row.from})
  MATCH (b:Skill {id: row.to})
  MERGE (x)-[m:ASSUMES]->(b)
  ON CREATE SET m += properties(t), m.migratedFrom = row.from, m.changeSet = $changeSet
  RETURN count(t) AS assumptions
}
CALL () {
  UNWIND keys($successors) AS id
  MATCH (:Skill {id: id})<-[old:NEEDS|TEACHES|ASSUMES]-()
  DELETE old
}
CALL () {
  MATCH (:Person)-[k:COACHES]->(:Person)
  WHERE k.endedAt IS NULL AND any(x IN coalesce(k.skills, []) WHERE x IN keys($successors))
  SET k.skillsBefore = k.skills, k.changeSet = $changeSet,
      k.skills = reduce(acc = [], x IN k.skills |
                   acc + [y IN coalesce($successors[x], [x]) WHERE NOT y IN acc])
  RETURN count(k) AS pairs
}
RETURN needs, teachings, pairs
