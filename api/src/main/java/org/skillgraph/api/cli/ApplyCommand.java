package org.skillgraph.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skillgraph.api.http.Json;
import org.skillgraph.engine.taxonomy.ApplyChoices;
import org.skillgraph.engine.taxonomy.ApplyResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph apply FRAMEWORK CHANGESET [--choices FILE]}: applies a change set with the designer's
 * choices (the body of {@code POST …/changesets/{cs}/apply}); through a running server's API when one holds
 * the store.
 */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        description =
                "Apply a change set made by diff, mapping removed skills as --choices says (else deprecating them).")
final class ApplyCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    BesideServer server;

    @Parameters(index = "0", paramLabel = "FRAMEWORK", description = "Id of the framework.")
    String framework;

    @Parameters(index = "1", paramLabel = "CHANGESET", description = "Id of the change set, as diff printed it.")
    String changeSet;

    @Option(names = "--choices", description = "JSON file {\"choices\": [{\"skill\", \"action\", \"successors\"}]}.")
    Path choices;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var body =
                choices == null ? "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8) : Files.readAllBytes(choices);
        var remote = server.client(neo4j, "apply");
        ApplyResult result;
        if (remote.isPresent()) {
            var path = "/api/v1/frameworks/" + framework + "/changesets/" + changeSet + "/apply";
            result = remote.get().convert(remote.get().post(path, body), ApplyResult.class);
        } else {
            var parsed = Json.mapper().readValue(body, JsonNode.class);
            var read = Json.mapper().convertValue(parsed, ApplyChoices.class);
            try (var skillgraph = neo4j.open()) {
                result = skillgraph
                        .services()
                        .frameworks()
                        .taxonomy()
                        .applier()
                        .apply(framework, changeSet, read, "cli");
                skillgraph.services().afterWrite().run();
            }
        }
        var out = spec.commandLine().getOut();
        out.println(TaxonomyText.summary(result));
        out.flush();
        return 0;
    }
}
