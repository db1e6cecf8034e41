// Curriculum relationships whose ends lack the label or the id the model expects (data written around the
// importer), with the graph version. Parameters: $limit. One row: version, total found, the first $limit found.
CALL () {
  MATCH (a)-[r:IN_TOPIC|BROADER|REQUIRES|RELATED|NEEDS|LEADS_TO|TEACHES|ASSUMES|CERTIFIES]->(b)
  WITH a, r, b, {IN_TOPIC: [['Skill', 'Topic']], BROADER: [['Topic', 'Topic'], ['Skill', 'Skill']],
                 REQUIRES: [['Skill', 'Skill']], RELATED: [['Skill', 'Skill']], NEEDS: [['Role', 'Skill']],
                 LEADS_TO: [['Role', 'Role']], TEACHES: [['Module', 'Skill']], ASSUMES: [['Module', 'Skill']],
                 CERTIFIES: [['Badge', 'Skill']]}[type(r)] AS allowed
  WHERE a.id IS NULL OR b.id IS NULL
     OR none(pair IN allowed WHERE pair[0] IN labels(a) AND pair[1] IN labels(b))
  WITH a, r, b, allowed
  ORDER BY type(r), toStringOrNull(a.id), toStringOrNull(b.id)
  RETURN collect({type: type(r), fromId: toStringOrNull(a.id), fromLabels: labels(a), toId: toStringOrNull(b.id),
                  toLabels: labels(b),
                  expected: [pair IN allowed | pair[0] + '->' + pair[1]]}) AS found
}
OPTIONAL MATCH (meta:Meta {id: 'meta'})
RETURN coalesce(meta.version, 0) AS version, size(found) AS total, found[..$limit] AS found
