package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skillgraph.api.cli.remote.ServerClient;
import org.skillgraph.api.cli.remote.ServerRefusal;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.bundle.DryRunReport;
import org.skillgraph.seed.bundle.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph import [--dry-run] FILE.json}: validates a bundle, then writes it atomically with
 * progress, or with {@code --dry-run} reports what it would change. Through a running server's API when one
 * holds the store.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a bundle (JSON).")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    BesideServer server;

    @Option(
            names = "--dry-run",
            description = "Check the bundle and report what it would create, update or leave unchanged; write nothing.")
    boolean dryRun;

    @Parameters(paramLabel = "FILE", description = "Bundle file in the skillgraph import format.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        if (!Files.isRegularFile(file)) {
            throw new CliRefusal("No such file: " + file);
        }
        try {
            var remote = server.client(neo4j, dryRun ? "check a bundle" : "import a bundle");
            out.println(remote.isPresent() ? throughServer(remote.get()) : onStore());
            out.flush();
            return 0;
        } catch (BundleValidationException e) {
            CliErrors.bundleRefused(
                    spec.commandLine().getErr(),
                    e.problems().stream()
                            .map(p -> new String[] {p.pointer(), p.message()})
                            .toList());
            return 1;
        } catch (ServerRefusal e) {
            if (!e.code().equals("invalid-bundle")) {
                throw e;
            }
            CliErrors.bundleRefused(
                    spec.commandLine().getErr(),
                    e.errors().stream()
                            .map(p -> new String[] {p.pointer(), p.message()})
                            .toList());
            return 1;
        }
    }

    private String onStore() throws IOException {
        try (var skillgraph = neo4j.open();
                var in = Files.newInputStream(file)) {
            if (dryRun) {
                return Summary.of(skillgraph.importer().dryRun(in));
            }
            ImportReport report;
            try (var progress = new ConsoleProgress("Importing " + file.getFileName())) {
                report = skillgraph.importer().importBundle(in, progress);
            }
            new org.skillgraph.api.app.ImportVersions(
                            skillgraph.services().frameworks().taxonomy().versions())
                    .bundle(Files.readAllBytes(file), "bundle " + file.getFileName(), report, "cli");
            return Summary.of(report);
        }
    }

    private String throughServer(ServerClient client) throws IOException {
        var body = Files.readAllBytes(file);
        if (dryRun) {
            return Summary.of(client.convert(client.post("/api/v1/import?dryRun=true", body), DryRunReport.class));
        }
        return Summary.of(client.convert(client.post("/api/v1/import", body), ImportReport.class));
    }
}
