package org.skillgraph.api.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.skillgraph.api.cli.remote.ServerClient;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.onet.OnetImportReport;
import org.skillgraph.seed.onet.OnetSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph import-onet DIR|ZIP}: imports the O*NET text database (a release's folder or its zip) as
 * roles and an {@code onet-<release>} framework, through a running server's API when one holds the store.
 */
@Command(
        name = "import-onet",
        mixinStandardHelpOptions = true,
        description = "Import the O*NET text database (db_NN_N_text folder or zip) as roles and a framework.")
final class ImportOnetCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Mixin
    BesideServer server;

    @Parameters(paramLabel = "DIR|ZIP", description = "O*NET text database: its folder or its zip.")
    Path path;

    @Option(names = "--release", description = "O*NET release, e.g. 29.1 (default: from the folder name db_29_1_text).")
    String release;

    @Option(names = "--dry-run", description = "Check and report what would change; write nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(path)) {
            throw new CliRefusal("No such file or folder: " + path);
        }
        var err = spec.commandLine().getErr();
        try {
            var remote = server.client(neo4j, "import O*NET");
            print(remote.isPresent() ? throughServer(remote.get()) : onStore());
            return 0;
        } catch (InterchangeException e) {
            err.println("The O*NET database was refused; nothing was written. "
                    + e.problems().size() + " problem(s):");
            e.problems()
                    .forEach(p -> err.println("  " + (p.file().isEmpty() ? "(database)" : p.file()) + " "
                            + (p.pointer().isEmpty() ? "" : p.pointer() + "  ") + p.message()));
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

    private OnetSource source() throws IOException {
        if (Files.isDirectory(path)) {
            return OnetSource.ofDirectory(path);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return OnetSource.ofZip(path.getFileName().toString(), in);
        }
    }

    private OnetImportReport onStore() throws IOException {
        var source = source();
        try (var skillgraph = neo4j.open();
                var progress = new ConsoleProgress("Importing O*NET")) {
            var report =
                    skillgraph.onetImporter().importDatabase(source, Optional.ofNullable(release), dryRun, progress);
            new org.skillgraph.api.app.ImportVersions(
                            skillgraph.services().frameworks().taxonomy().versions())
                    .one(report.framework(), "onet " + report.release(), report.written(), "cli");
            return report;
        }
    }

    /** Sends the zip as it is, or a folder zipped (only the files the importer reads, under the folder's name). */
    private OnetImportReport throughServer(ServerClient client) throws IOException {
        var body = Files.isDirectory(path) ? zipOf(path) : Files.readAllBytes(path);
        var query = new StringBuilder("?dryRun=").append(dryRun);
        if (release != null) {
            query.append("&release=").append(URLEncoder.encode(release, StandardCharsets.UTF_8));
        }
        return client.convert(client.post("/api/v1/import/onet" + query, body), OnetImportReport.class);
    }

    static byte[] zipOf(Path dir) throws IOException {
        var source = OnetSource.ofDirectory(dir);
        var folder = dir.toAbsolutePath().normalize().getFileName();
        var prefix = folder == null ? "" : folder + "/";
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : source.files().entrySet()) {
                zip.putNextEntry(new ZipEntry(prefix + file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private void print(OnetImportReport report) {
        spec.commandLine().getOut().println(summary(report));
        spec.commandLine().getOut().flush();
    }

    static String summary(OnetImportReport r) {
        var text = new StringBuilder(String.format("O*NET %s into framework %s.%n", r.release(), r.framework()));
        text.append(r.dryRun() != null ? Summary.of(r.dryRun()) : Summary.of(r.written()))
                .append(System.lineSeparator());
        text.append(String.format("Rows read %s.%n", r.files()));
        text.append(String.format("Mapped %s.%n", r.mapped()));
        if (!r.skipped().isEmpty()) {
            text.append(String.format("Left out by design (%d rows): %s.%n", r.skippedRows(), r.skipped()));
        }
        return text.toString().stripTrailing();
    }
}
