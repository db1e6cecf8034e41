package org.skillgraph.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.skillgraph.seed.esco.EscoExport;
import org.skillgraph.seed.esco.EscoFormatException;
import org.skillgraph.seed.esco.EscoImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skillgraph import-esco PATH…}: imports ESCO's CSV export in batches, with progress. */
@Command(
        name = "import-esco",
        mixinStandardHelpOptions = true,
        description = "Import the ESCO classification from its CSV export (see docs/esco.md).")
final class EscoImportCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Parameters(
            arity = "1..2",
            paramLabel = "PATH",
            description = "The export's two zips (esco-…-classification-en-csv.zip, esco-…-relations-csv.zip), "
                    + "the folder holding them, or the folder they were extracted to.")
    List<Path> paths;

    @Option(
            names = "--esco-version",
            description = "ESCO version to record on the graph (default: taken from the zip or folder names).")
    String escoVersion;

    @Override
    public Integer call() {
        BesideServer.requireNoServer(
                neo4j, "stop it first, or upload the export's two zips to it with POST /api/v1/import/esco");
        for (var path : paths) {
            if (!Files.exists(path)) {
                System.err.println("No such file or folder: " + path);
                return 2;
            }
        }
        // The export's files are found before Neo4j starts, so a wrong path fails fast.
        try (var export = EscoExport.open(paths.toArray(Path[]::new))) {
            export.checkComplete();
            return importInto(export);
        } catch (EscoFormatException e) {
            System.err.println("Nothing was imported: " + e.getMessage());
            return 1;
        }
    }

    private int importInto(EscoExport export) {
        try (var skillgraph = neo4j.open()) {
            EscoImportReport report;
            try (var progress = new ConsoleProgress("Importing ESCO")) {
                report = skillgraph.escoImporter().importEsco(export, escoVersion, progress);
            }
            new org.skillgraph.api.app.ImportVersions(
                            skillgraph.services().frameworks().taxonomy().versions())
                    .esco(report, "cli");
            System.out.println(summary(report));
            return 0;
        }
    }

    static String summary(EscoImportReport r) {
        var text = new StringBuilder(String.format(
                "Imported ESCO %s in %.1f s: %d nodes %s and %d relationships %s; "
                        + "%d nodes and %d relationships created, %d properties set; graph version %d.%n",
                r.escoVersion(),
                r.took().toMillis() / 1000.0,
                r.nodeCount(),
                r.nodes(),
                r.relationshipCount(),
                r.relationships(),
                r.nodesCreated(),
                r.relationshipsCreated(),
                r.propertiesSet(),
                r.version()));
        text.append(String.format(
                "Skills by kind %s; %d of the NEEDS are essential.%n", r.skillKinds(), r.essentialNeeds()));
        if (!r.skipped().isEmpty()) {
            text.append(String.format("Left out by design: %s.%n", r.skipped()));
        }
        if (!r.defaulted().isEmpty()) {
            text.append(String.format("Defaults applied: %s.%n", r.defaulted()));
        }
        var dangling = r.dangling();
        if (dangling.total() > 0) {
            text.append(String.format(
                    "%d relation rows name a URI missing from the concept files and were not written %s; first:%n",
                    dangling.total(), dangling.byFile()));
            dangling.examples()
                    .forEach(d -> text.append(
                            String.format("  %s line %d, %s %s%n", d.file(), d.line(), d.column(), d.uri())));
        }
        return text.toString().stripTrailing();
    }
}
