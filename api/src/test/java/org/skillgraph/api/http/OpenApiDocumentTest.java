package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.app.FrameworkServices;
import org.skillgraph.api.app.InterchangeServices;
import org.skillgraph.api.app.Security;
import org.skillgraph.api.app.Services;

class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private final JsonNode doc = read();

    @Test
    void shouldDocumentExactlyTheRoutesTheServerAnswers() {
        var served = new HashSet<String>();
        server().routes().forEach(r -> served.add(r.method() + " " + r.path()));
        var documented = new HashSet<String>();
        doc.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    var method = entry.getKey();
                    if (METHODS.contains(method)) {
                        documented.add(method + " " + path.getKey());
                    }
                }));

        assertThat(documented).as("documented routes").containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void shouldBeAnOpenApi31DocumentWhoseReferencesResolve() {
        assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.at("/info/title").asText()).isNotBlank();

        var refs = new ArrayList<String>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty().allSatisfy(ref -> {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        });
    }

    @Test
    void shouldDeclareEveryPathParameterAndAnswerEveryOperation() {
        doc.get("paths").properties().forEach(path -> {
            var names = new HashSet<String>();
            var m = PATH_PARAM.matcher(path.getKey());
            while (m.find()) {
                names.add(m.group(1));
            }
            path.getValue().properties().forEach(op -> {
                var declared = new HashSet<String>();
                op.getValue().path("parameters").forEach(p -> {
                    if ("path".equals(p.path("in").asText())) {
                        declared.add(p.get("name").asText());
                    }
                });
                assertThat(declared).as(op.getKey() + " " + path.getKey()).isEqualTo(names);
                assertThat(op.getValue().path("responses").size())
                        .as(op.getKey() + " " + path.getKey())
                        .isPositive();
                assertThat(op.getValue().path("summary").asText()).isNotBlank();
            });
        });
    }

    @Test
    void shouldDocumentTheGatesAnswersOnEveryRouteBehindIt() {
        // The gate looks the token up in Neo4j (cached 30 s) before any handler runs: a route behind it can
        // answer 401 (no or a bad token), 429 (over the rate limit) and 503 (Neo4j unavailable for the lookup).
        var missing = new ArrayList<String>();
        server().routes().stream().filter(r -> !r.access().open()).forEach(route -> {
            var responses =
                    doc.path("paths").path(route.path()).path(route.method()).path("responses");
            for (var status : List.of("401", "429", "503")) {
                if (!responses.has(status)) {
                    missing.add(route.method() + " " + route.path() + " " + status);
                }
            }
        });

        assertThat(missing).isEmpty();
    }

    @Test
    void shouldDescribeIdsWithTheBundleFormatsPattern() {
        var patterns = new ArrayList<String>();
        collectPatterns(doc, patterns);

        assertThat(patterns)
                .filteredOn(p -> p.endsWith("{0,199}$"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p).isEqualTo(org.skillgraph.seed.bundle.EntityId.PATTERN.pattern()));
    }

    private static void collectPatterns(JsonNode node, List<String> patterns) {
        node.properties().forEach(e -> {
            if (e.getKey().equals("pattern") && e.getValue().isTextual()) {
                patterns.add(e.getValue().asText());
            } else {
                collectPatterns(e.getValue(), patterns);
            }
        });
        if (node.isArray()) {
            node.forEach(n -> collectPatterns(n, patterns));
        }
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    /** A server whose routes are registered but which never runs: no request reaches a service. */
    private static ApiServer server() {
        return ApiServer.create(
                new Services(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        new org.skillgraph.api.app.XapiServices(null, null),
                        null,
                        null,
                        null,
                        () -> false,
                        () -> {},
                        new Security(null, null, null, null),
                        new FrameworkServices(
                                null, null, null, null, new InterchangeServices(null, null, null, null, null)),
                        new org.skillgraph.api.app.CredentialServices(null, null),
                        new org.skillgraph.api.app.ReviewServices(null, null),
                        new org.skillgraph.api.app.MentoringServices(null, null, null, null, null)),
                ServerSettings.loopback(0));
    }

    private static JsonNode read() {
        try {
            return ApiFixture.JSON.readTree(DocsController.resource(DocsController.OPENAPI_RESOURCE));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
