package org.skillgraph.engine.coach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.GraphUnavailableException;

class OrgChartTest {

    private static final OrgChart CHART = new OrgChart(3, Map.of("ann", "bo", "bo", "cy", "dee", "cy"));

    @Test
    void shouldWalkFromThePersonToTheTopOfTheirTree() {
        assertThat(CHART.chain("ann")).containsExactly("ann", "bo", "cy");
        assertThat(CHART.chain("cy")).containsExactly("cy");
        assertThat(CHART.chain("stranger")).containsExactly("stranger");
        assertThat(OrgDistance.between(CHART.chain("ann"), CHART.chain("dee"))).isEqualTo(3);
    }

    @Test
    void shouldCutALineThatLoopsInsteadOfWalkingForever() {
        var looped = new OrgChart(1, Map.of("a", "b", "b", "a"));

        assertThat(looped.chain("a")).containsExactly("a", "b");
    }

    @Test
    void shouldLoadOnceAndReloadOnlyWhenAskedForANewerVersion() {
        var reads = new ArrayDeque<>(List.of(CHART, new OrgChart(4, Map.of())));
        int[] loads = {0};
        var charts = new OrgCharts(() -> {
            loads[0]++;
            return reads.size() > 1 ? reads.poll() : reads.peek();
        });

        assertThat(charts.at(3)).isSameAs(CHART);
        assertThat(charts.at(2)).isSameAs(CHART);
        assertThat(loads[0]).isOne();
        assertThat(charts.at(4).version()).isEqualTo(4);
        assertThat(loads[0]).isEqualTo(2);
    }

    @Test
    void shouldRefuseToServeReportingLinesOlderThanTheRequestSaw() {
        var charts = new OrgCharts(() -> CHART);

        assertThatExceptionOfType(GraphUnavailableException.class)
                .isThrownBy(() -> charts.at(5))
                .withMessageContaining("behind version 5");
    }
}
