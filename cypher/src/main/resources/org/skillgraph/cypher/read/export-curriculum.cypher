// The whole curriculum in the bundle format, each section in id order and each list in a fixed order, for a
// full export. No parameters. One row: frameworks, topics, skills, roles, modules, badges (lists of maps).
RETURN
  COLLECT { MATCH (f:Framework) RETURN f {.id, .title, .version, .publisher, .sourceUri, .licence, .language,
              scale: CASE WHEN f.scaleName IS NULL THEN null ELSE {name: f.scaleName, min: f.scaleMin, max: f.scaleMax,
                mapping: [i IN range(0, size(f.scaleLevels) - 1) |
                  {from: f.scaleFrom[i], value: f.scaleValues[i], level: f.scaleLevels[i]}]} END}
            ORDER BY f.id } AS frameworks,
  COLLECT { MATCH (t:Topic) RETURN t {.id, .name,
              broader: COLLECT { MATCH (t)-[:BROADER]->(b:Topic) RETURN b.id ORDER BY b.id }}
            ORDER BY t.id } AS topics,
  COLLECT { MATCH (s:Skill) RETURN s {.id, .name, .description, .aliases, .kind, .activityIds,
              framework: head([(s)-[:IN_FRAMEWORK]->(f:Framework) | f.id]),
              topics: COLLECT { MATCH (s)-[:IN_TOPIC]->(t:Topic) RETURN t.id ORDER BY t.id },
              broader: COLLECT { MATCH (s)-[:BROADER]->(b:Skill) RETURN b.id ORDER BY b.id },
              requires: COLLECT { MATCH (s)-[r:REQUIRES]->(b:Skill)
                                  RETURN {skill: b.id, level: r.level, scaleValue: r.scaleValue} ORDER BY b.id },
              related: COLLECT { MATCH (s)-[:RELATED]->(b:Skill) RETURN b.id ORDER BY b.id },
              exactMatches: COLLECT { MATCH (s)-[:EXACT_MATCH]->(b:Skill) RETURN b.id ORDER BY b.id }}
            ORDER BY s.id } AS skills,
  COLLECT { MATCH (r:Role) RETURN r {.id, .title, .family, .level, .description,
              needs: COLLECT { MATCH (r)-[n:NEEDS]->(s:Skill)
                               RETURN {skill: s.id, level: n.level, importance: n.importance, essential: n.essential,
                                       scaleValue: n.scaleValue} ORDER BY s.id },
              leadsTo: COLLECT { MATCH (r)-[l:LEADS_TO]->(o:Role) RETURN {role: o.id, kind: l.kind} ORDER BY o.id }}
            ORDER BY r.id } AS roles,
  COLLECT { MATCH (m:Module) RETURN m {.id, .title, .hours, .modality, .pacing, .cycle, .core, .aids, .passScore,
              .assessment, .status, .activityIds,
              teaches: COLLECT { MATCH (m)-[t:TEACHES]->(s:Skill)
                                 RETURN {skill: s.id, level: t.level, scaleValue: t.scaleValue} ORDER BY s.id },
              assumes: COLLECT { MATCH (m)-[t:ASSUMES]->(s:Skill)
                                 RETURN {skill: s.id, level: t.level, scaleValue: t.scaleValue} ORDER BY s.id }}
            ORDER BY m.id } AS modules,
  COLLECT { MATCH (b:Badge) RETURN b {.id, .name, .description,
              certifies: COLLECT { MATCH (b)-[c:CERTIFIES]->(s:Skill)
                                   RETURN {skill: s.id, level: c.level, scaleValue: c.scaleValue} ORDER BY s.id }}
            ORDER BY b.id } AS badges
