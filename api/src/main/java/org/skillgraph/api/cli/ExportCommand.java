package org.skillgraph.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skillgraph.seed.export.BundleExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph export FILE}: writes the graph as a bundle that {@code import} accepts, through a running
 * server's API ({@code GET /api/v1/export}) when one holds the store.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the curriculum (and with --people everyone's data) as a bundle (JSON).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    BesideServer server;

    @Parameters(paramLabel = "FILE", description = "File to write; it is replaced if it exists.")
    Path file;

    @Option(names = "--people", description = "Also export people and cohorts (personal data).")
    boolean people;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var remote = server.client(neo4j, "export");
        JsonNode bundle;
        if (remote.isPresent()) {
            bundle = remote.get().get("/api/v1/export" + (people ? "?people=true" : ""));
        } else {
            try (var skillgraph = neo4j.open()) {
                bundle = skillgraph.exporter().export(people);
            }
        }
        try (var out = Files.newOutputStream(file)) {
            BundleExporter.write(bundle, out);
        }
        var out = spec.commandLine().getOut();
        out.println("Exported " + bundle.path("skills").size() + " skills, "
                + bundle.path("roles").size() + " roles, "
                + bundle.path("modules").size() + " modules"
                + (people ? ", " + bundle.path("people").size() + " people" : "") + " to " + file);
        out.flush();
        return 0;
    }
}
