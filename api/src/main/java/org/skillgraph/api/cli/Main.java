package org.skillgraph.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code skillgraph} command line. */
@Command(
        name = "skillgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Competency and pathing engine: gap, route, coach and career answers over a Neo4j graph.",
        subcommands = {ServeCommand.class, ImportCommand.class, SeedCommand.class, EscoImportCommand.class})
public final class Main {

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
