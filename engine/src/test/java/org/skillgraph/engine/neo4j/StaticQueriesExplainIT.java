package org.skillgraph.engine.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.EditQueries;
import org.skillgraph.cypher.ModuleQueries;
import org.skillgraph.cypher.PeopleQueries;
import org.skillgraph.cypher.Schema;
import org.skillgraph.cypher.UpsertQueries;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Every statement skillgraph can send is planned by Neo4j ({@code EXPLAIN}): no typos reach production. */
class StaticQueriesExplainIT {

    private static final String RESOURCES = "/org/skillgraph/cypher/";

    static Stream<String> resourceQueries() throws Exception {
        var names = new ArrayList<String>();
        var uri = CypherResources.class.getResource(RESOURCES + "read").toURI();
        try (var files = walk(uri)) {
            files.filter(p -> p.toString().endsWith(".cypher"))
                    .forEach(p -> names.add("read/" + p.getFileName().toString().replace(".cypher", "")));
        }
        var uriWrite = CypherResources.class.getResource(RESOURCES + "write").toURI();
        try (var files = walk(uriWrite)) {
            files.filter(p -> p.toString().endsWith(".cypher"))
                    .forEach(
                            p -> names.add("write/" + p.getFileName().toString().replace(".cypher", "")));
        }
        try (var files =
                walk(CypherResources.class.getResource(RESOURCES + "xapi").toURI())) {
            files.filter(p -> p.toString().endsWith(".cypher"))
                    .forEach(p -> names.add("xapi/" + p.getFileName().toString().replace(".cypher", "")));
        }
        try (var files =
                walk(CypherResources.class.getResource(RESOURCES + "credential").toURI())) {
            files.filter(p -> p.toString().endsWith(".cypher"))
                    .forEach(p ->
                            names.add("credential/" + p.getFileName().toString().replace(".cypher", "")));
        }
        try (var files =
                walk(CypherResources.class.getResource(RESOURCES + "mentoring").toURI())) {
            files.filter(p -> p.toString().endsWith(".cypher"))
                    .forEach(p ->
                            names.add("mentoring/" + p.getFileName().toString().replace(".cypher", "")));
        }
        return names.stream().sorted();
    }

    static Stream<String> builtQueries() {
        var queries = new ArrayList<String>();
        for (var label : Schema.LABELS) {
            queries.add(UpsertQueries.upsertNodes(label));
            queries.add(UpsertQueries.existingIds(label));
        }
        queries.add(UpsertQueries.mergeRelationships("Skill", "REQUIRES", "Skill"));
        for (var label : List.of("Skill", "Topic", "Role", "Module", "Person")) {
            queries.add(EditQueries.lockState(label));
            queries.add(EditQueries.deleteNode(label));
        }
        queries.add(EditQueries.deleteOutgoing("Skill", "IN_TOPIC", "BROADER", "REQUIRES", "RELATED"));
        queries.add(EditQueries.deleteRelationship("Person", "HOLDS", "Skill"));
        queries.add(EditQueries.shortestPath("Skill", "REQUIRES"));
        queries.add(EditQueries.shortestPath("Person", "REPORTS_TO"));
        queries.add(UpsertQueries.replaceSingleRelationship("Person", "REPORTS_TO", "Person"));
        queries.add(PeopleQueries.list(new PeopleQueries.Filter("d", "r", "t", "c", "", 10))
                .text());
        queries.add(PeopleQueries.list(new PeopleQueries.Filter(null, null, null, null, "", 10))
                .text());
        queries.add(ModuleQueries.list(new ModuleQueries.Filter("video", "self-paced", "published", "", 10))
                .text());
        return queries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resourceQueries")
    void shouldPlanEveryCypherResource(String name) {
        explain(CypherResources.statement(name));
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("builtQueries")
    void shouldPlanEveryBuiltStatement(String statement) {
        explain(statement);
    }

    @Test
    void shouldFindTheResourceFolders() throws Exception {
        assertThat(resourceQueries().toList()).contains("read/skill-search", "write/bump-version");
    }

    private static void explain(String statement) {
        try (var session =
                Neo4jFixture.get().driver().session(Neo4jFixture.get().sessionConfig())) {
            var summary = session.run("EXPLAIN " + statement, Map.of()).consume();
            assertThat(summary.hasPlan()).isTrue();
        }
    }

    private static Stream<Path> walk(URI uri) throws IOException {
        if ("jar".equals(uri.getScheme())) {
            try {
                return Files.list(FileSystems.getFileSystem(uri).provider().getPath(uri));
            } catch (FileSystemNotFoundException e) {
                var fs = FileSystems.newFileSystem(uri, Map.of());
                return Files.list(fs.provider().getPath(uri));
            }
        }
        return Files.list(Path.of(uri));
    }
}
