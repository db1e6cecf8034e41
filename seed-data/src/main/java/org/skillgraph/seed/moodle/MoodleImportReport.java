package org.skillgraph.seed.moodle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.DryRunReport;
import org.skillgraph.seed.bundle.ImportReport;

/**
 * What a Moodle CSV import did, or would do.
 *
 * @param framework the framework the file's framework row became
 * @param scale the framework's scale as mapped onto levels 0–5 (empty when the row declares none)
 * @param written what the import wrote ({@code null} on a dry run)
 * @param wouldChange what a dry run would change ({@code null} on an import)
 * @param mapped what was carried over: competencies, parents, cross references
 * @param unmapped what was left out, per kind (rule types, taxonomy, competency scales, unknown cross references)
 * @param unmappedSample the first few left out, each with its line and why
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MoodleImportReport(
        String framework,
        List<Bundle.ScaleStep> scale,
        ImportReport written,
        DryRunReport wouldChange,
        Map<String, Integer> mapped,
        Map<String, Integer> unmapped,
        List<String> unmappedSample) {

    public MoodleImportReport {
        scale = scale == null ? List.of() : List.copyOf(scale);
        mapped = Map.copyOf(mapped);
        unmapped = Map.copyOf(unmapped);
        unmappedSample = List.copyOf(unmappedSample);
    }
}
