package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skillgraph.seed.export.BundleExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgraph export FILE}: writes the graph as a bundle that {@code import} accepts. While {@code serve}
 * holds the embedded store, ask the server instead: {@code GET /api/v1/export}.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export the curriculum (and with --people everyone's data) as a bundle (JSON).")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Parameters(paramLabel = "FILE", description = "File to write; it is replaced if it exists.")
    Path file;

    @Option(names = "--people", description = "Also export people and cohorts (personal data).")
    boolean people;

    @Override
    public Integer call() throws IOException {
        try (var skillgraph = neo4j.open()) {
            var bundle = skillgraph.exporter().export(people);
            try (var out = Files.newOutputStream(file)) {
                BundleExporter.write(bundle, out);
            }
            System.out.println("Exported " + bundle.path("skills").size() + " skills, "
                    + bundle.path("roles").size() + " roles, "
                    + bundle.path("modules").size() + " modules"
                    + (people ? ", " + bundle.path("people").size() + " people" : "") + " to " + file);
            return 0;
        }
    }
}
