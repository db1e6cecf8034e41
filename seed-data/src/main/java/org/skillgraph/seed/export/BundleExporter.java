package org.skillgraph.seed.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.seed.bundle.BundleImporter;

/**
 * Exports the graph as a bundle that {@code import} accepts: the curriculum (frameworks with their scales,
 * topics, skills with their crosswalks, roles, modules, badges) and, on request, people and cohorts. One read
 * transaction, so the document is one consistent state. The document is canonical: sections and lists in a
 * fixed order, keys sorted, absent values and empty lists left out; exporting what an export imported gives
 * the same bytes.
 */
public final class BundleExporter {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Driver driver;
    private final SessionConfig session;
    private final Duration timeout;

    public BundleExporter(Driver driver, SessionConfig session, Duration timeout) {
        this.driver = driver;
        this.session = session;
        this.timeout = timeout;
    }

    /** The bundle as a JSON tree; {@code people} adds people and cohorts (personal data). */
    public ObjectNode export(boolean people) {
        var config = TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of("app", "skillgraph-export"))
                .build();
        return BundleImporter.translated(() -> {
            try (var s = driver.session(session)) {
                return s.executeRead(
                        tx -> {
                            var bundle = JsonNodeFactory.instance.objectNode();
                            var curriculum = tx.run(CypherResources.statement("read/export-curriculum"))
                                    .single()
                                    .asMap(v -> v.asObject());
                            curriculum.forEach((section, rows) -> bundle.set(section, tree(rows)));
                            if (people) {
                                tx.run(CypherResources.statement("read/export-people"))
                                        .single()
                                        .asMap(v -> v.asObject())
                                        .forEach((section, rows) -> bundle.set(section, tree(rows)));
                            }
                            return Canonical.of(bundle);
                        },
                        config);
            }
        });
    }

    /** Writes {@code bundle} as the canonical document (UTF-8, indented, keys sorted). */
    public static void write(JsonNode bundle, OutputStream out) {
        try {
            JSON.writeValue(out, bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The canonical document as bytes. */
    public static byte[] bytes(JsonNode bundle) {
        try {
            return JSON.writeValueAsBytes(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(Object value) {
        return JSON.valueToTree(value);
    }
}
