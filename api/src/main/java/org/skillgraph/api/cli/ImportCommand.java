package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.bundle.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code skillgraph import FILE.json}: validates a bundle, then writes it atomically with progress. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a bundle (JSON).")
final class ImportCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Parameters(paramLabel = "FILE", description = "Bundle file in the skillgraph import format.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file);
            return 2;
        }
        try (var skillgraph = neo4j.open();
                var in = Files.newInputStream(file)) {
            ImportReport report;
            try (var progress = new ConsoleProgress("Importing " + file.getFileName())) {
                report = skillgraph.importer().importBundle(in, progress);
            }
            System.out.println(Summary.of(report));
            return 0;
        } catch (BundleValidationException e) {
            System.err.println("The bundle was refused; nothing was written. "
                    + e.problems().size() + " problem(s):");
            e.problems()
                    .forEach(p -> System.err.println(
                            "  " + (p.pointer().isEmpty() ? "/" : p.pointer()) + "  " + p.message()));
            return 1;
        }
    }
}
