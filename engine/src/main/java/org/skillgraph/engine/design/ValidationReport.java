package org.skillgraph.engine.design;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The curriculum validation report.
 *
 * @param counts findings per kind, before any cut
 * @param findings errors first, then warnings, then infos; within a severity by kind, then ids
 * @param truncated whether some kind had more than {@link CurriculumValidator#MAX_PER_KIND} findings and
 *     was cut ({@code counts} still counts them all)
 */
public record ValidationReport(
        long graphVersion,
        int errors,
        int warnings,
        int infos,
        Map<String, Integer> counts,
        List<Finding> findings,
        boolean truncated) {

    public ValidationReport {
        counts = Collections.unmodifiableMap(new TreeMap<>(counts));
        findings = List.copyOf(findings);
    }

    /** This report with the ids of people left out of every finding, for callers who may not see people. */
    public ValidationReport withoutPeopleSamples() {
        return new ValidationReport(
                graphVersion,
                errors,
                warnings,
                infos,
                counts,
                findings.stream().map(Finding::withoutPeopleSample).toList(),
                truncated);
    }
}
