package org.skillgraph.api.cli;

import org.skillgraph.seed.bundle.ImportReport;

/** The one-paragraph summary printed after an import. */
final class Summary {

    private Summary() {}

    static String of(ImportReport report) {
        return String.format(
                "Imported %s in %.1f s: %d nodes and %d relationships created, %d replaced, %d properties set; "
                        + "graph version %d.",
                report.entities(),
                report.took().toMillis() / 1000.0,
                report.nodesCreated(),
                report.relationshipsCreated(),
                report.relationshipsDeleted(),
                report.propertiesSet(),
                report.version());
    }
}
