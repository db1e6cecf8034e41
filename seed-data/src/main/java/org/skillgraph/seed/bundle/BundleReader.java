package org.skillgraph.seed.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Parses a bundle and checks it against {@code bundle.schema.json}. Structural problems (types,
 * required fields, ranges, unknown fields) come back with their JSON pointers, in plain words; what
 * passed is turned into records (see {@link CheckableTree}) so the checks after the schema can report
 * their problems in the same answer.
 */
public final class BundleReader {

    /** Deeper documents are refused before they are parsed further (the bundle format nests 4 deep). */
    static final int MAX_NESTING_DEPTH = 32;

    private static final String SCHEMA = "/org/skillgraph/seed/bundle.schema.json";

    private final ObjectMapper mapper;
    private final SchemaProblems schema;

    public BundleReader() {
        this.mapper = JsonMapper.builder()
                .findAndAddModules()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
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
            var schemaTree = mapper.readTree(in);
            this.schema = new SchemaProblems(
                    JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                            .getSchema(schemaTree, config),
                    schemaTree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks a bundle; throws {@link BundleValidationException} listing every schema problem. */
    public Bundle read(InputStream json) {
        var read = readAll(json);
        if (!read.problems().isEmpty()) {
            throw new BundleValidationException(read.problems());
        }
        return read.bundle();
    }

    /**
     * Reads a bundle and lists its schema problems without refusing it: the bundle holds what the later
     * checks can still look at. Only JSON that cannot be parsed at all is refused here.
     */
    BundleRead readAll(InputStream json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
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
        var problems = schema.of(tree);
        if (!problems.isEmpty()) {
            return new BundleRead(checkable(tree, problems), problems);
        }
        try {
            return new BundleRead(mapper.treeToValue(tree, Bundle.class), problems);
        } catch (JsonProcessingException e) {
            // The schema is stricter than the records; reaching here means the two disagree.
            throw new IllegalStateException("Bundle passed the schema but does not map: " + e.getOriginalMessage(), e);
        }
    }

    /** What the checks after the schema can look at; stubs leave out numbers and flags, hence no nulls check. */
    private Bundle checkable(JsonNode tree, List<BundleProblem> problems) {
        try {
            return mapper.readerFor(Bundle.class)
                    .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .readValue(CheckableTree.of(tree, problems));
        } catch (IOException e) {
            // Unreachable while stubs map; the schema's problems alone are still a complete refusal.
            return new Bundle(null, null, null, null, null, null, null, null);
        }
    }

    /** A parsed bundle and its schema problems; {@code bundle} holds stubs for the entries with problems. */
    record BundleRead(Bundle bundle, List<BundleProblem> problems) {
        BundleRead {
            problems = List.copyOf(problems);
        }
    }
}
