package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.esco.EscoImportReport;

class EscoImportCommandTest {

    @Test
    void shouldSummariseWhatWasWrittenLeftOutAndDangling() {
        var nodes = new LinkedHashMap<String, Long>();
        nodes.put("Topic", 3L);
        nodes.put("Skill", 10L);
        var report = new EscoImportReport(
                "1.1.1",
                nodes,
                Map.of("skill", 10L),
                Map.of("NEEDS", 13L),
                8,
                13,
                13,
                90,
                Map.of("occupationHierarchy", 3L),
                Map.of(),
                new EscoImportReport.Dangling(
                        1,
                        Map.of("occupationSkillRelations.csv", 1L),
                        List.of(new EscoImportReport.DanglingReference(
                                "occupationSkillRelations.csv", 15, "occupationUri", "http://example.org/o"))),
                4,
                Duration.ofMillis(2500));

        var summary = EscoImportCommand.summary(report);

        assertThat(summary)
                .startsWith(
                        "Imported ESCO 1.1.1 in 2.5 s: 13 nodes {Topic=3, Skill=10} and 13 relationships {NEEDS=13}")
                .contains("graph version 4.")
                .contains("Left out by design: {occupationHierarchy=3}.")
                .doesNotContain("Defaults applied")
                .contains("1 relation rows name a URI missing from the concept files")
                .endsWith("  occupationSkillRelations.csv line 15, occupationUri http://example.org/o");
    }
}
