package org.skillgraph.seed.esco;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.skillgraph.cypher.UpsertQueries;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * One import: reads the export's files in dependency order (concepts before the relations that name them)
 * and feeds the batches. Only the concept URIs are kept in memory, to tell dangling references apart.
 */
final class EscoRun {

    /** Dangling references kept as examples in the report. */
    static final int MAX_EXAMPLES = 10;

    private static final int PROGRESS_EVERY = 1_000;

    private final EscoExport export;
    private final ImportProgress progress;
    private final long total;
    private long done;

    private final Map<String, String> iscoLabels = new HashMap<>();
    private final Set<String> groups = new HashSet<>();
    private final Set<String> skills = new HashSet<>();
    private final Set<String> occupations = new HashSet<>();

    private final Map<String, Long> nodes = new LinkedHashMap<>();
    private final Map<String, Long> skillKinds = new LinkedHashMap<>();
    private final Map<String, Long> relationships = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new LinkedHashMap<>();
    private final Map<String, Long> defaulted = new LinkedHashMap<>();
    private long essentialNeeds;
    private long danglingTotal;
    private final Map<String, Long> danglingByFile = new LinkedHashMap<>();
    private final List<EscoImportReport.DanglingReference> danglingExamples = new ArrayList<>();

    EscoRun(EscoExport export, ImportProgress progress, long total) {
        this.export = export;
        this.progress = progress;
        this.total = total;
    }

    void write(BatchWriter writer) {
        read(EscoFile.ISCO_GROUPS, "ISCO groups", row -> iscoLabels.put(row.get("code"), row.get("preferredLabel")));
        topics(writer.batch(UpsertQueries.upsertNodes("Topic")));
        skills(writer.batch(UpsertQueries.upsertNodes("Skill")));
        roles(writer.batch(UpsertQueries.upsertNodes("Role")));
        writer.flush();
        hierarchy(
                writer.batch(UpsertQueries.mergeRelationships("Skill", "IN_TOPIC", "Topic")),
                writer.batch(UpsertQueries.mergeRelationships("Topic", "BROADER", "Topic")),
                writer.batch(UpsertQueries.mergeRelationships("Skill", "BROADER", "Skill")));
        needs(writer.batch(UpsertQueries.mergeRelationships("Role", "NEEDS", "Skill")));
        related(writer.batch(UpsertQueries.mergeRelationships("Skill", "RELATED", "Skill")));
        writer.flush();
        long occupationLinks = read(EscoFile.OCCUPATION_HIERARCHY, "occupation hierarchy (skipped)", row -> {});
        add(skipped, "occupationHierarchy", occupationLinks);
        progress.update("done", done, total);
    }

    EscoImportReport report(String escoVersion, BatchWriter writer, long graphVersion, Duration took) {
        return new EscoImportReport(
                escoVersion,
                nodes,
                skillKinds,
                relationships,
                essentialNeeds,
                writer.nodesCreated(),
                writer.relationshipsCreated(),
                writer.propertiesSet(),
                skipped,
                defaulted,
                new EscoImportReport.Dangling(danglingTotal, danglingByFile, danglingExamples),
                graphVersion,
                took);
    }

    private void topics(BatchWriter.Batch batch) {
        read(EscoFile.SKILL_GROUPS, "skill groups", row -> {
            var uri = row.get("conceptUri");
            var id = EscoIds.group(uri);
            if (accept(id, uri, groups)) {
                var p = properties(uri);
                p.put("name", row.get("preferredLabel"));
                p.put("description", EscoMapping.orNull(row.get("description")));
                batch.add(node(id, p));
            }
        });
        nodes.put("Topic", batch.rows());
    }

    private void skills(BatchWriter.Batch batch) {
        read(EscoFile.SKILLS, "skills", row -> {
            var uri = row.get("conceptUri");
            var id = EscoIds.skill(uri);
            if (accept(id, uri, skills)) {
                var name = row.get("preferredLabel");
                var kind = EscoMapping.kind(row.get("skillType"));
                if (kind == null) {
                    add(defaulted, "skillType", 1);
                    kind = "skill";
                }
                add(skillKinds, kind, 1);
                var p = properties(uri);
                p.put("name", name);
                p.put("description", EscoMapping.orNull(row.get("description")));
                p.put("aliases", EscoMapping.aliases(row.get("altLabels"), name));
                p.put("kind", kind);
                batch.add(node(id, p));
            }
        });
        nodes.put("Skill", batch.rows());
    }

    private void roles(BatchWriter.Batch batch) {
        read(EscoFile.OCCUPATIONS, "occupations", row -> {
            var uri = row.get("conceptUri");
            var id = EscoIds.occupation(uri);
            if (accept(id, uri, occupations)) {
                var isco = row.get("iscoGroup");
                var family = iscoLabels.get(isco);
                if (family == null) {
                    add(defaulted, "family", 1);
                }
                var p = properties(uri);
                p.put("title", row.get("preferredLabel"));
                p.put("description", EscoMapping.orNull(row.get("description")));
                p.put("family", family);
                p.put("iscoGroup", EscoMapping.orNull(isco));
                batch.add(node(id, p));
            }
        });
        nodes.put("Role", batch.rows());
    }

    /** The skill pillar's broader links: skill→group, group→group and skill→skill, told apart by URI. */
    private void hierarchy(BatchWriter.Batch inTopic, BatchWriter.Batch topicBroader, BatchWriter.Batch skillBroader) {
        var file = EscoFile.SKILL_HIERARCHY;
        read(file, "skill hierarchy", row -> {
            var child = row.get("conceptUri");
            var parent = row.get("broaderUri");
            if (dangling(file, row, "conceptUri", child, skills, groups)
                    || dangling(file, row, "broaderUri", parent, skills, groups)) {
                return;
            }
            if (child.equals(parent)) {
                add(skipped, "selfReference", 1);
            } else if (skills.contains(child) && groups.contains(parent)) {
                inTopic.add(relationship(EscoIds.skill(child), EscoIds.group(parent), Map.of()));
            } else if (groups.contains(child) && groups.contains(parent)) {
                topicBroader.add(relationship(EscoIds.group(child), EscoIds.group(parent), Map.of()));
            } else if (skills.contains(child) && skills.contains(parent)) {
                skillBroader.add(relationship(EscoIds.skill(child), EscoIds.skill(parent), Map.of()));
            } else {
                add(skipped, "groupUnderSkill", 1);
            }
        });
        relationships.put("IN_TOPIC", inTopic.rows());
        relationships.put("Topic-BROADER", topicBroader.rows());
        relationships.put("Skill-BROADER", skillBroader.rows());
    }

    private void needs(BatchWriter.Batch batch) {
        var file = EscoFile.OCCUPATION_SKILLS;
        read(file, "occupation skills", row -> {
            var occupation = row.get("occupationUri");
            var skill = row.get("skillUri");
            if (dangling(file, row, "occupationUri", occupation, occupations, Set.of())
                    || dangling(file, row, "skillUri", skill, skills, Set.of())) {
                return;
            }
            var properties = EscoMapping.need(row.get("relationType"));
            if (properties == null) {
                add(skipped, "unknownRelationType", 1);
                return;
            }
            if (Boolean.TRUE.equals(properties.get("essential"))) {
                essentialNeeds++;
            }
            batch.add(relationship(EscoIds.occupation(occupation), EscoIds.skill(skill), properties));
        });
        relationships.put("NEEDS", batch.rows());
    }

    private void related(BatchWriter.Batch batch) {
        var file = EscoFile.SKILL_RELATIONS;
        read(file, "skill relations", row -> {
            var from = row.get("originalSkillUri");
            var to = row.get("relatedSkillUri");
            if (dangling(file, row, "originalSkillUri", from, skills, Set.of())
                    || dangling(file, row, "relatedSkillUri", to, skills, Set.of())) {
                return;
            }
            var properties = EscoMapping.related(row.get("relationType"));
            if (from.equals(to)) {
                add(skipped, "selfReference", 1);
            } else if (properties == null) {
                add(skipped, "unknownRelationType", 1);
            } else {
                batch.add(relationship(EscoIds.skill(from), EscoIds.skill(to), properties));
            }
        });
        relationships.put("RELATED", batch.rows());
    }

    /** Whether a concept row is new and has an ESCO URI; otherwise it is counted as skipped. */
    private boolean accept(String id, String uri, Set<String> known) {
        if (id == null) {
            add(skipped, "invalidUri", 1);
            return false;
        }
        if (!known.add(uri)) {
            add(skipped, "duplicateConcept", 1);
            return false;
        }
        return true;
    }

    /** Records a reference to a URI that neither {@code a} nor {@code b} holds; true when dangling. */
    private boolean dangling(EscoFile file, EscoCsv.Row row, String column, String uri, Set<String> a, Set<String> b) {
        if (a.contains(uri) || b.contains(uri)) {
            return false;
        }
        danglingTotal++;
        add(danglingByFile, file.fileName(), 1);
        if (danglingExamples.size() < MAX_EXAMPLES) {
            danglingExamples.add(new EscoImportReport.DanglingReference(file.fileName(), row.line(), column, uri));
        }
        return true;
    }

    private long read(EscoFile file, String step, Consumer<EscoCsv.Row> each) {
        progress.update(step, done, total);
        long rows = export.read(file, row -> {
            each.accept(row);
            if (++done % PROGRESS_EVERY == 0) {
                progress.update(step, done, total);
            }
        });
        progress.update(step, done, total);
        return rows;
    }

    private static Map<String, Object> properties(String uri) {
        var p = new HashMap<String, Object>();
        p.put("source", EscoMapping.SOURCE);
        p.put("sourceUri", uri);
        return p;
    }

    private static Map<String, Object> node(String id, Map<String, Object> properties) {
        return Map.of("id", id, "properties", properties);
    }

    private static Map<String, Object> relationship(String from, String to, Map<String, Object> properties) {
        return Map.of("from", from, "to", to, "properties", properties);
    }

    private static void add(Map<String, Long> counts, String key, long n) {
        counts.merge(key, n, Long::sum);
    }
}
