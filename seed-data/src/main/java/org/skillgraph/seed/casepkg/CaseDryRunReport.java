package org.skillgraph.seed.casepkg;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.skillgraph.seed.bundle.DryRunReport;

/**
 * What importing a CASE package would do, found by writing its mapped framework in a transaction that is
 * rolled back; the members are those of {@link CaseImportReport}, with {@code changes} in place of what was
 * written.
 *
 * @param framework the framework the package's CFDocument would become
 * @param changes per kind, the entities that would be created, updated or left as they are
 * @param version the graph's {@code Meta.version} the package was checked against, which it keeps
 * @param took wall-clock time of the checks, the mapping and the rehearsal
 * @param mapped associations that would become relationships, per association type
 * @param unmapped associations that would be left out, per type
 * @param unmappedSample the first few left out, each with its JSON pointer and why
 * @param deviations departures from the official schema that would be tolerated (count per keyword)
 * @param deviationSample the first few, each with its JSON pointer
 */
@JsonIgnoreProperties(value = "dryRun", allowGetters = true)
public record CaseDryRunReport(
        String framework,
        Map<String, DryRunReport.Changes> changes,
        long version,
        Duration took,
        Map<String, Integer> mapped,
        Map<String, Integer> unmapped,
        List<String> unmappedSample,
        Map<String, Integer> deviations,
        List<String> deviationSample) {

    public CaseDryRunReport {
        changes = Map.copyOf(changes);
        mapped = Map.copyOf(mapped);
        unmapped = Map.copyOf(unmapped);
        unmappedSample = List.copyOf(unmappedSample);
        deviations = Map.copyOf(deviations);
        deviationSample = List.copyOf(deviationSample);
    }

    /** Whether the package would be written: always {@code true}, for a reader of the JSON answer. */
    @JsonProperty("dryRun")
    public boolean dryRun() {
        return true;
    }
}
