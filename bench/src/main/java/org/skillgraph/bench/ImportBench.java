package org.skillgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * Imports a generated bundle (10,000 skills, 30,000 prerequisite edges, 20,000 people, fixed seed) into a
 * fresh embedded store through the production importer: parse, JSON Schema, checks, one transaction.
 */
final class ImportBench {

    private ImportBench() {}

    static Map<String, Object> run() throws Exception {
        var bundle = new SyntheticOrganisation(42, SyntheticOrganisation.IMPORT).generate();
        var mapper = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        byte[] json = mapper.writeValueAsBytes(withoutNulls(mapper, bundle));
        var dir = Files.createTempDirectory("skillgraph-import-bench");
        var result = new LinkedHashMap<String, Object>();
        long started = System.nanoTime();
        try (var skillgraph = Skillgraph.embedded(dir, 0, 512L * 1024 * 1024)) {
            long startup = System.nanoTime() - started;
            var report = skillgraph.importer().importBundle(new ByteArrayInputStream(json), ImportProgress.none());
            long prerequisites =
                    bundle.skills().stream().mapToLong(s -> s.requires().size()).sum();
            long holds =
                    bundle.people().stream().mapToLong(p -> p.holds().size()).sum();
            result.put("bundleBytes", json.length);
            result.put("skills", bundle.skills().size());
            result.put("prerequisiteEdges", prerequisites);
            result.put("people", bundle.people().size());
            result.put("heldSkills", holds);
            result.put("nodesCreated", report.nodesCreated());
            result.put("relationshipsCreated", report.relationshipsCreated());
            result.put("importSeconds", report.took().toMillis() / 1000.0);
            result.put(
                    "rowsPerSecond",
                    (report.nodesCreated() + report.relationshipsCreated())
                            / (report.took().toMillis() / 1000.0));
            result.put("embeddedStartupSeconds", startup / 1e9);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        return result;
    }

    /** The bundle as JSON without null members (the schema does not allow nulls for optional fields). */
    private static Object withoutNulls(ObjectMapper mapper, Object bundle) {
        var tree = mapper.valueToTree(bundle);
        strip(tree);
        return tree;
    }

    private static void strip(com.fasterxml.jackson.databind.JsonNode node) {
        if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
            var nulls = new java.util.ArrayList<String>();
            object.properties().forEach(e -> {
                if (e.getValue().isNull()) {
                    nulls.add(e.getKey());
                } else {
                    strip(e.getValue());
                }
            });
            object.remove(nulls);
        } else if (node.isArray()) {
            node.forEach(ImportBench::strip);
        }
    }
}
