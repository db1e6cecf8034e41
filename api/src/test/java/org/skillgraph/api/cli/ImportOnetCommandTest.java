package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.bundle.DryRunReport;
import org.skillgraph.seed.bundle.ImportReport;
import org.skillgraph.seed.onet.OnetImportReport;

class ImportOnetCommandTest {

    private static final Map<String, Long> MAPPED = mapped();

    private static Map<String, Long> mapped() {
        var mapped = new LinkedHashMap<String, Long>();
        mapped.put("roles", 3L);
        mapped.put("skills", 41L);
        return mapped;
    }

    @Test
    void shouldSummariseWhatWasWrittenAndLeftOut() {
        var written = new ImportReport(Map.of("roles", 3, "skills", 41), 50, 120, 0, 400, 7, Duration.ofMillis(1500));
        var report = new OnetImportReport(
                "28.0",
                "onet-28.0",
                Map.of("Skills.txt", 140L),
                MAPPED,
                Map.of("Not Relevant = Y", 18L, "LV below 1.0", 6L),
                written,
                null);

        var summary = ImportOnetCommand.summary(report);

        assertThat(summary)
                .startsWith("O*NET 28.0 into framework onet-28.0.")
                .contains("Imported {")
                .contains(" in 1.5 s: 50 nodes and 120 relationships created")
                .contains("Rows read {Skills.txt=140}.")
                .contains("Mapped {roles=3, skills=41}.")
                .contains("Left out by design (24 rows): ");
    }

    @Test
    void shouldSayADryRunWroteNothing() {
        var dry = new DryRunReport(Map.of("roles", new DryRunReport.Changes(3, 0, 0)), 1, Duration.ofMillis(10));
        var report = new OnetImportReport("28.0", "onet-28.0", Map.of(), MAPPED, Map.of(), null, dry);

        assertThat(ImportOnetCommand.summary(report))
                .startsWith("O*NET 28.0 into framework onet-28.0.")
                .contains("nothing was written")
                .doesNotContain("Left out by design");
    }
}
