package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skillgraph.api.cli.remote.ServerClient;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.moodle.MoodleImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph import-moodle [--dry-run] FILE.csv}: imports a Moodle competency framework CSV as a
 * framework, through a running server's API when one holds the store (as {@code import} does).
 */
@Command(
        name = "import-moodle",
        mixinStandardHelpOptions = true,
        description = "Import a Moodle competency framework CSV (admin/tool/lpimportcsv) as a framework.")
final class ImportMoodleCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    BesideServer server;

    @Option(
            names = "--dry-run",
            description = "Check the file and report what importing it would change, writing nothing.")
    boolean dryRun;

    @Parameters(paramLabel = "FILE", description = "Moodle competency framework CSV file.")
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
            var remote = server.client(neo4j, dryRun ? "check a Moodle CSV" : "import a Moodle CSV");
            print(remote.isPresent() ? throughServer(remote.get()) : onStore());
            return 0;
        } catch (InterchangeException e) {
            err.println(
                    "The file was refused; nothing was written. " + e.problems().size() + " problem(s):");
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

    private MoodleImportReport onStore() throws IOException {
        var bytes = Files.readAllBytes(file);
        try (var skillgraph = neo4j.open();
                var progress = new ConsoleProgress("Importing " + file.getFileName())) {
            var report =
                    skillgraph.moodleImporter().importCsv(file.getFileName().toString(), bytes, dryRun, progress);
            new org.skillgraph.api.app.ImportVersions(
                            skillgraph.services().frameworks().taxonomy().versions())
                    .one(report.framework(), "moodle " + file.getFileName(), report.written(), "cli");
            return report;
        }
    }

    private MoodleImportReport throughServer(ServerClient client) throws IOException {
        var path = "/api/v1/import/moodle" + (dryRun ? "?dryRun=true" : "");
        return client.convert(
                client.post(path, Files.readAllBytes(file), "text/csv; charset=utf-8"), MoodleImportReport.class);
    }

    private void print(MoodleImportReport report) {
        var out = spec.commandLine().getOut();
        if (report.wouldChange() != null) {
            out.println("Framework " + report.framework() + " (dry run, nothing written): "
                    + Summary.of(report.wouldChange()));
        } else {
            out.println("Framework " + report.framework() + ": " + Summary.of(report.written()));
        }
        if (!report.scale().isEmpty()) {
            out.println("Scale: "
                    + String.join(
                            ", ",
                            report.scale().stream()
                                    .map(s -> s.value() + " → " + s.level())
                                    .toList()));
        }
        out.println("Mapped: " + report.mapped() + "; left out: " + report.unmapped());
        report.unmappedSample().forEach(s -> out.println("  left out " + s));
        out.flush();
    }
}
