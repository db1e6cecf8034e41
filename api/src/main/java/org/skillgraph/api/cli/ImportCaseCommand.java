package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.skillgraph.api.cli.remote.ServerClient;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.casepkg.CaseDryRunReport;
import org.skillgraph.seed.casepkg.CaseImportReport;
import org.skillgraph.seed.interchange.InterchangeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph import-case [--dry-run] FILE.json}: imports a CASE 1.1 CFPackage as a framework, or with
 * {@code --dry-run} reports what it would change; through a running server's API when one holds the store (as
 * {@code import} does).
 */
@Command(
        name = "import-case",
        mixinStandardHelpOptions = true,
        description = "Import a CASE 1.1 CFPackage (JSON) as a framework.")
final class ImportCaseCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    BesideServer server;

    @Option(
            names = "--dry-run",
            description = "Check and map the package and report what it would create, update or leave unchanged; write"
                    + " nothing.")
    boolean dryRun;

    @Parameters(paramLabel = "FILE", description = "CFPackage JSON file (CASE 1.1).")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new CliRefusal("No such file: " + file);
        }
        var err = spec.commandLine().getErr();
        try {
            var remote = server.client(neo4j, dryRun ? "check a CASE package" : "import a CASE package");
            if (dryRun) {
                print(remote.isPresent() ? rehearsedByServer(remote.get()) : rehearsedOnStore());
            } else {
                print(remote.isPresent() ? throughServer(remote.get()) : onStore());
            }
            return 0;
        } catch (InterchangeException e) {
            err.println("The package was refused; nothing was written. "
                    + e.problems().size() + " problem(s):");
            e.problems()
                    .forEach(p -> err.println(
                            "  " + p.file() + " " + (p.pointer().isEmpty() ? "/" : p.pointer()) + "  " + p.message()));
            err.flush();
            return 1;
        } catch (BundleValidationException e) {
            CliErrors.bundleRefused(
                    err,
                    e.problems().stream()
                            .map(p -> new String[] {p.pointer(), p.message()})
                            .toList());
            return 1;
        }
    }

    private CaseImportReport onStore() throws IOException {
        try (var skillgraph = neo4j.open();
                var in = Files.newInputStream(file);
                var progress = new ConsoleProgress("Importing " + file.getFileName())) {
            var report =
                    skillgraph.caseImporter().importPackage(file.getFileName().toString(), in, progress);
            new org.skillgraph.api.app.ImportVersions(
                            skillgraph.services().frameworks().taxonomy().versions())
                    .one(report.framework(), "case " + file.getFileName(), report.written(), "cli");
            return report;
        }
    }

    private CaseDryRunReport rehearsedOnStore() throws IOException {
        try (var skillgraph = neo4j.open();
                var in = Files.newInputStream(file)) {
            return skillgraph.caseImporter().dryRun(file.getFileName().toString(), in);
        }
    }

    private CaseDryRunReport rehearsedByServer(ServerClient client) throws IOException {
        return client.convert(
                client.post("/api/v1/import/case?dryRun=true", Files.readAllBytes(file)), CaseDryRunReport.class);
    }

    private CaseImportReport throughServer(ServerClient client) throws IOException {
        return client.convert(client.post("/api/v1/import/case", Files.readAllBytes(file)), CaseImportReport.class);
    }

    private void print(CaseImportReport report) {
        print(
                report.framework() + ": " + Summary.of(report.written()),
                report.mapped(),
                report.unmapped(),
                report.unmappedSample(),
                report.deviations());
    }

    private void print(CaseDryRunReport report) {
        print(
                report.framework() + ": " + Summary.dryRun(report.version(), report.took(), report.changes()),
                report.mapped(),
                report.unmapped(),
                report.unmappedSample(),
                report.deviations());
    }

    private void print(
            String summary,
            Map<String, Integer> mapped,
            Map<String, Integer> unmapped,
            List<String> unmappedSample,
            Map<String, Integer> deviations) {
        var out = spec.commandLine().getOut();
        out.println("Framework " + summary);
        out.println("Associations mapped: " + mapped + "; left out: " + unmapped);
        unmappedSample.forEach(s -> out.println("  left out " + s));
        if (!deviations.isEmpty()) {
            out.println("Tolerated departures from the CASE 1.1 schema: " + deviations);
        }
        out.flush();
    }
}
