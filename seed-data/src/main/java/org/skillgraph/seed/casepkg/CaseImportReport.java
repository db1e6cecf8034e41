package org.skillgraph.seed.casepkg;

import java.util.List;
import java.util.Map;
import org.skillgraph.seed.bundle.ImportReport;

/**
 * What a CASE import did.
 *
 * @param framework the framework the package's CFDocument became
 * @param written what the bundle import wrote
 * @param mapped associations turned into relationships, per association type
 * @param unmapped associations left out, per type (types skillgraph does not model, ends it cannot find)
 * @param unmappedSample the first few left out, each with its JSON pointer and why
 * @param deviations departures from the official schema that were tolerated (count per keyword)
 * @param deviationSample the first few, each with its JSON pointer
 */
public record CaseImportReport(
        String framework,
        ImportReport written,
        Map<String, Integer> mapped,
        Map<String, Integer> unmapped,
        List<String> unmappedSample,
        Map<String, Integer> deviations,
        List<String> deviationSample) {

    public CaseImportReport {
        mapped = Map.copyOf(mapped);
        unmapped = Map.copyOf(unmapped);
        unmappedSample = List.copyOf(unmappedSample);
        deviations = Map.copyOf(deviations);
        deviationSample = List.copyOf(deviationSample);
    }
}
