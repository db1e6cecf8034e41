package org.skillgraph.api.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code skillgraph seed}: loads the demo organisation (idempotent), through a running server if one holds the store. */
@Command(name = "seed", mixinStandardHelpOptions = true, description = "Load the demo organisation.")
final class SeedCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    BesideServer server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var remote = server.client(neo4j, "load the demo organisation");
        if (remote.isPresent()) {
            // Dated relative to today, as a load on the store and serve --demo date it.
            var demo = DemoOrganisation.json(Clock.systemUTC());
            var client = remote.get();
            spec.commandLine()
                    .getOut()
                    .println(Summary.of(client.convert(client.post("/api/v1/import", demo), ImportReport.class)));
            return 0;
        }
        try (var skillgraph = neo4j.open()) {
            ImportReport report;
            try (var progress = new ConsoleProgress("Loading the demo organisation")) {
                report = DemoOrganisation.load(skillgraph.importer(), progress);
            }
            spec.commandLine().getOut().println(Summary.of(report));
            return 0;
        }
    }
}
