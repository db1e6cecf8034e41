// One page of a person's evidence, newest first, filtered by skill and source; retracted items only when asked.
// Parameters: $person, $skill (or null), $source (or null), $retracted (bool), $skip, $limit. One row per item.
MATCH (p:Person {id: $person})-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill)
WHERE ($skill IS NULL OR s.id = $skill) AND ($source IS NULL OR e.source = $source)
  AND ($retracted OR e.retractedAt IS NULL)
RETURN e {.id, .source, .level, .at, .score, .confidence, .expiresAt, .recordedAt, .assessor, .claim, .retractedAt,
          .retractReason} AS evidence, s.id AS skill
ORDER BY e.at DESC, e.recordedAt DESC, e.id DESC
SKIP $skip LIMIT $limit
