package org.skillgraph.seed.onet;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillgraph.seed.bundle.DryRunReport;
import org.skillgraph.seed.bundle.ImportReport;

/**
 * What an O*NET import did (or, in a dry run, would do).
 *
 * @param release the O*NET release, e.g. {@code 29.1}
 * @param framework the framework the elements went into, {@code onet-<release>}
 * @param files rows read, per file
 * @param mapped what the files became: roles, skills, topics, needs, essentialNeeds, moves
 * @param skipped rating and move rows left out, per reason (see docs/interchange.md)
 * @param written what the bundle import wrote; {@code null} in a dry run
 * @param dryRun what the bundle import would change; {@code null} unless a dry run
 */
public record OnetImportReport(
        String release,
        String framework,
        Map<String, Long> files,
        Map<String, Long> mapped,
        Map<String, Long> skipped,
        ImportReport written,
        DryRunReport dryRun) {

    public OnetImportReport {
        files = ordered(files);
        mapped = ordered(mapped);
        skipped = ordered(skipped);
    }

    private static Map<String, Long> ordered(Map<String, Long> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Rows left out, all reasons together. */
    public long skippedRows() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }
}
