package org.skillgraph.seed.casepkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * The official 1EdTech CASE 1.1 CFPackage JSON Schema (kept verbatim as a resource), with format assertions on.
 * {@link #violations} lists every place a document departs from it.
 */
public final class CaseSchema {

    static final String RESOURCE = "/org/skillgraph/seed/casepkg/case-v1p1-cfpackage-schema.json";

    private static final String BASE =
            "https://purl.imsglobal.org/spec/case/v1p1/schema/json/getCFPackage-200-responsepayload-schema.json";

    private static final JsonSchema SCHEMA = load();

    private CaseSchema() {}

    /** One departure from the schema: the keyword that failed, the JSON pointer and the validator's message. */
    public record Violation(String keyword, String pointer, String message) {}

    /** Every departure of {@code cfPackage} from the official schema, in pointer order. */
    public static List<Violation> violations(JsonNode cfPackage) {
        return SCHEMA.validate(cfPackage).stream()
                .map(m -> new Violation(
                        m.getType(),
                        m.getInstanceLocation().toString(),
                        m.getError() == null ? m.getMessage() : m.getError()))
                .distinct()
                .sorted(Comparator.comparing(Violation::pointer).thenComparing(Violation::message))
                .toList();
    }

    private static JsonSchema load() {
        var config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        try (InputStream in = CaseSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing CASE schema " + RESOURCE);
            }
            // The official $id is relative: resolve it against the address 1EdTech publishes the binding under.
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(SchemaLocation.of(BASE), new ObjectMapper().readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
