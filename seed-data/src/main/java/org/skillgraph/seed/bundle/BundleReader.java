package org.skillgraph.seed.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * Parses a bundle and checks it against {@code bundle.schema.json}. Structural problems (types,
 * required fields, ranges, unknown fields) come back with their JSON pointers; only a bundle that
 * passes is turned into records.
 */
public final class BundleReader {

    /** Deeper documents are refused before they are parsed further (the bundle format nests 4 deep). */
    static final int MAX_NESTING_DEPTH = 32;

    private static final String SCHEMA = "/org/skillgraph/seed/bundle.schema.json";

    private final ObjectMapper mapper;
    private final JsonSchema schema;

    public BundleReader() {
        this.mapper = JsonMapper.builder()
                .findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A repeated key would otherwise silently keep its last value.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .build());
        var config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = BundleReader.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException("Missing bundle schema " + SCHEMA);
            }
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, InputFormat.JSON, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a bundle; throws {@link BundleValidationException} listing every problem. */
    public Bundle read(InputStream json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            if (isDuplicateKey(e) && e.getProcessor() instanceof JsonParser parser) {
                throw new BundleValidationException(List.of(new BundleProblem(
                        parser.getParsingContext().pathAsPointer().toString(),
                        "duplicate key: a member may appear once in an object")));
            }
            var location = e.getLocation();
            var where =
                    location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            throw new BundleValidationException(
                    List.of(new BundleProblem("", "not valid JSON" + where + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new BundleValidationException(List.of(new BundleProblem("", "the bundle is empty")));
        }
        var problems = schema.validate(tree).stream()
                .map(m -> new BundleProblem(
                        m.getInstanceLocation().toString(), m.getError() == null ? m.getMessage() : m.getError()))
                .sorted(Comparator.comparing(BundleProblem::pointer).thenComparing(BundleProblem::message))
                .distinct()
                .toList();
        if (!problems.isEmpty()) {
            throw new BundleValidationException(problems);
        }
        try {
            return mapper.treeToValue(tree, Bundle.class);
        } catch (JsonProcessingException e) {
            // The schema is stricter than the records; reaching here means the two disagree.
            throw new IllegalStateException("Bundle passed the schema but does not map: " + e.getOriginalMessage(), e);
        }
    }

    /** Jackson's strict duplicate detection has no exception type of its own, only this message. */
    private static boolean isDuplicateKey(JsonProcessingException e) {
        return e instanceof StreamReadException
                && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Duplicate field '");
    }
}
