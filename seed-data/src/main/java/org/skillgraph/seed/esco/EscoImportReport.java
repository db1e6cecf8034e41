package org.skillgraph.seed.esco;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an ESCO import wrote and what it left out.
 *
 * @param escoVersion the version recorded on {@code Meta.escoVersion}
 * @param nodes nodes upserted, per label ({@code Topic}, {@code Skill}, {@code Role})
 * @param skillKinds skills upserted, per {@code kind}
 * @param relationships relationships merged, per kind ({@code IN_TOPIC}, {@code Topic-BROADER},
 *     {@code Skill-BROADER}, {@code NEEDS}, {@code RELATED})
 * @param essentialNeeds how many of the {@code NEEDS} are essential (the others are optional)
 * @param nodesCreated nodes that did not exist before (0 when re-importing the same export)
 * @param relationshipsCreated relationships that did not exist before (0 when re-importing)
 * @param propertiesSet properties written, including those set to the value they already had
 * @param skipped rows left out by design, per reason (see {@code docs/esco.md})
 * @param defaulted values ESCO left empty or gave an unknown value, which got the documented default
 * @param dangling relation rows naming a concept the export does not define: counted, not written
 * @param version the graph's {@code Meta.version} after the import
 * @param took wall-clock time of reading and writing
 */
public record EscoImportReport(
        String escoVersion,
        Map<String, Long> nodes,
        Map<String, Long> skillKinds,
        Map<String, Long> relationships,
        long essentialNeeds,
        long nodesCreated,
        long relationshipsCreated,
        long propertiesSet,
        Map<String, Long> skipped,
        Map<String, Long> defaulted,
        Dangling dangling,
        long version,
        Duration took) {

    public EscoImportReport {
        nodes = ordered(nodes);
        skillKinds = ordered(skillKinds);
        relationships = ordered(relationships);
        skipped = ordered(skipped);
        defaulted = ordered(defaulted);
    }

    /** An unmodifiable copy that keeps the caller's order (the order the import wrote things in). */
    static Map<String, Long> ordered(Map<String, Long> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Nodes upserted, all labels together. */
    public long nodeCount() {
        return nodes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Relationships merged, all kinds together. */
    public long relationshipCount() {
        return relationships.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Relation rows that name a URI the export's concept files lack.
     *
     * @param total rows left out
     * @param byFile rows left out, per relations file
     * @param examples the first few, in file order
     */
    public record Dangling(long total, Map<String, Long> byFile, List<DanglingReference> examples) {
        public Dangling {
            byFile = ordered(byFile);
            examples = List.copyOf(examples);
        }
    }

    /**
     * One dangling reference.
     *
     * @param file the relations file, e.g. {@code occupationSkillRelations.csv}
     * @param line the line where the record starts
     * @param column the column holding the unknown URI
     * @param uri the URI no concept file defines
     */
    public record DanglingReference(String file, long line, String column, String uri) {}
}
