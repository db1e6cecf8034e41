package org.skillgraph.engine.priorities;

import java.util.List;
import org.skillgraph.engine.metrics.MetricsFilter;

/**
 * How hypothetical curriculum changes move the people of a population, each compared with the filter's role
 * or their own target role. When fewer than {@code minGroupSize} people are assessed every figure is
 * {@code null}; a band of fewer people gives no count.
 *
 * @param gapChanged people whose unmet needs change (a role's need changed)
 * @param becomeReady people who would meet every essential need, and do not today
 * @param noLongerReady the reverse
 * @param routesShorter people whose route to their role would take fewer hours
 * @param routesLonger people whose route would take more (for instance because more of the role became reachable)
 * @param hoursSaved hours the shorter routes lose, in all
 * @param hoursAdded hours the longer routes gain, in all
 * @param becomeAbleToReach people who could then reach every requirement of their role, and cannot today
 * @param loseReach people who could reach every requirement today and could not then
 * @param winners people by hours saved, in bands
 * @param losers people by hours added, in bands
 * @param summary the business case in words
 */
public record PopulationImpact(
        MetricsFilter filter,
        int minGroupSize,
        Integer people,
        Integer assessed,
        boolean suppressed,
        Integer gapChanged,
        Integer becomeReady,
        Integer noLongerReady,
        Integer routesShorter,
        Integer routesLonger,
        Double hoursSaved,
        Double hoursAdded,
        Integer becomeAbleToReach,
        Integer loseReach,
        List<Band> winners,
        List<Band> losers,
        String summary) {

    public PopulationImpact {
        winners = List.copyOf(winners);
        losers = List.copyOf(losers);
    }

    /**
     * People whose route changes by at least {@code fromHours} and less than {@code toHours} ({@code null}: no
     * upper end); {@code people} is {@code null} when some but fewer than the minimum group size.
     */
    public record Band(double fromHours, Double toHours, Integer people) {}
}
