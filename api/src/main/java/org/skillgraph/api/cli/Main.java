package org.skillgraph.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code skillgraph} command line. */
@Command(
        name = "skillgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Competency and pathing engine: gap, route, coach and career answers over a Neo4j graph.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            SeedCommand.class,
            EscoImportCommand.class,
            ImportCaseCommand.class,
            TokenCommand.class
        })
public final class Main {

    /** A refusal the user can act on is printed as a sentence, not a stack trace. */
    private static int explain(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (!(e instanceof org.skillgraph.engine.error.SkillgraphException refusal)) {
            throw e;
        }
        cmd.getErr().println(refusal.getMessage());
        if (refusal instanceof org.skillgraph.engine.error.InvalidRequestException invalid) {
            invalid.errors().forEach(error -> cmd.getErr().println("  " + error.pointer() + ": " + error.message()));
        }
        return 1;
    }

    public static void main(String[] args) {
        int code = new CommandLine(new Main())
                .setExecutionExceptionHandler(Main::explain)
                .execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
