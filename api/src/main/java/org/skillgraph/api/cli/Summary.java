package org.skillgraph.api.cli;

import org.skillgraph.seed.bundle.DryRunReport;
import org.skillgraph.seed.bundle.ImportReport;

/** The one-paragraph summary printed after an import or a dry run. */
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

    /** One line, then one per kind the bundle has: what an import would do to it. */
    static String of(DryRunReport report) {
        return dryRun(report.version(), report.took(), report.changes());
    }

    static String dryRun(long version, java.time.Duration took, java.util.Map<String, DryRunReport.Changes> changes) {
        var text = new StringBuilder(String.format(
                "Dry run against graph version %d in %.1f s; nothing was written. An import would:",
                version, took.toMillis() / 1000.0));
        changes.entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .filter(e -> e.getValue().created()
                                + e.getValue().updated()
                                + e.getValue().unchanged()
                        > 0)
                .forEach(e -> text.append(String.format(
                        "%n  %-9s %d created, %d updated, %d unchanged",
                        e.getKey(),
                        e.getValue().created(),
                        e.getValue().updated(),
                        e.getValue().unchanged())));
        return text.toString();
    }
}
