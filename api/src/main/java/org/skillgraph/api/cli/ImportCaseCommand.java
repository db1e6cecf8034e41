package org.skillgraph.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.casepkg.CaseImportReport;
import org.skillgraph.seed.interchange.InterchangeException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code skillgraph import-case FILE.json}: imports a CASE 1.1 CFPackage as a framework. */
@Command(
        name = "import-case",
        mixinStandardHelpOptions = true,
        description = "Import a CASE 1.1 CFPackage (JSON) as a framework.")
final class ImportCaseCommand implements Callable<Integer> {

    @Mixin
    Neo4jOptions neo4j;

    @Parameters(paramLabel = "FILE", description = "CFPackage JSON file (CASE 1.1).")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file);
            return 2;
        }
        try (var skillgraph = neo4j.open();
                var in = Files.newInputStream(file)) {
            CaseImportReport report;
            try (var progress = new ConsoleProgress("Importing " + file.getFileName())) {
                report = skillgraph
                        .caseImporter()
                        .importPackage(file.getFileName().toString(), in, progress);
            }
            System.out.println("Framework " + report.framework() + ": " + Summary.of(report.written()));
            System.out.println("Associations mapped: " + report.mapped() + "; left out: " + report.unmapped());
            report.unmappedSample().forEach(s -> System.out.println("  left out " + s));
            if (!report.deviations().isEmpty()) {
                System.out.println("Tolerated departures from the CASE 1.1 schema: " + report.deviations());
            }
            return 0;
        } catch (InterchangeException e) {
            System.err.println("The package was refused; nothing was written. "
                    + e.problems().size() + " problem(s):");
            e.problems()
                    .forEach(p -> System.err.println(
                            "  " + p.file() + " " + (p.pointer().isEmpty() ? "/" : p.pointer()) + "  " + p.message()));
            return 1;
        } catch (BundleValidationException e) {
            System.err.println("The mapped framework was refused; nothing was written. "
                    + e.problems().size() + " problem(s):");
            e.problems().forEach(p -> System.err.println("  " + p.pointer() + "  " + p.message()));
            return 1;
        }
    }
}
