package org.skillgraph.api.cli;

import java.io.PrintWriter;
import org.skillgraph.api.cli.remote.ServerRefusal;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.SkillgraphException;
import picocli.CommandLine;

/**
 * Every error of a command as one readable line (a refused request adds its field errors, one a line); the
 * stack trace only with {@code --debug}.
 */
final class CliErrors {

    private CliErrors() {}

    static int execution(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        var err = cmd.getErr();
        err.println(oneLine(e));
        if (e instanceof InvalidRequestException invalid) {
            invalid.errors().forEach(error -> err.println("  " + error.pointer() + ": " + error.message()));
        }
        if (e instanceof ServerRefusal refusal) {
            refusal.errors().forEach(error -> err.println("  " + error.pointer() + ": " + error.message()));
        }
        if (debug(parsed)) {
            e.printStackTrace(err);
        }
        err.flush();
        return 1;
    }

    static int parameter(CommandLine.ParameterException e, String[] args) {
        var cmd = e.getCommandLine();
        cmd.getErr().println(e.getMessage() + " (see " + cmd.getCommandSpec().qualifiedName() + " --help)");
        cmd.getErr().flush();
        return 2;
    }

    static String oneLine(Throwable e) {
        if (e instanceof SkillgraphException || e instanceof CliRefusal || e instanceof ServerRefusal) {
            return e.getMessage();
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("FileLockException")) {
                return "The store is in use by another process (a skillgraph server on this --data-dir?):"
                        + " stop it first, or run this command against the server with --token";
            }
        }
        var root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        var message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "Failed: " + message.lines().findFirst().orElse(message) + " (--debug shows the details)";
    }

    private static boolean debug(CommandLine.ParseResult parsed) {
        for (var p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** A refused bundle: one line, then each problem with its pointer. */
    static void bundleRefused(PrintWriter err, java.util.List<String[]> problems) {
        err.println("The bundle was refused; nothing was written. " + problems.size() + " problem(s):");
        problems.forEach(p -> err.println("  " + (p[0].isEmpty() ? "/" : p[0]) + "  " + p[1]));
        err.flush();
    }
}
