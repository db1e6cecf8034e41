package org.skillgraph.api.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

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
            ImportMoodleCommand.class,
            ImportOnetCommand.class,
            DiffCommand.class,
            ApplyCommand.class,
            TokenCommand.class
        })
public final class Main {

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "On an error, print its stack trace too (errors are otherwise one line).")
    boolean debug;

    /** The command line with its error handling: every error one readable line. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(CliErrors::execution)
                .setParameterExceptionHandler(CliErrors::parameter);
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
