package org.skillgraph.api.cli;

import java.util.concurrent.Callable;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code skillgraph seed}: loads the demo organisation (idempotent). */
@Command(name = "seed", mixinStandardHelpOptions = true, description = "Load the demo organisation.")
final class SeedCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Override
    public Integer call() {
        try (var skillgraph = neo4j.open()) {
            ImportReport report;
            try (var progress = new ConsoleProgress("Loading the demo organisation")) {
                report = DemoOrganisation.load(skillgraph.importer(), progress);
            }
            System.out.println(Summary.of(report));
            return 0;
        }
    }
}
