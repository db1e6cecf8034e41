package org.skillgraph.engine.route;

import java.util.Set;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * How a learner wants to learn.
 *
 * @param excludedModalities modalities never planned (e.g. {@code workshop})
 * @param selfPacedOnly when {@code true}, scheduled modules are never planned
 * @param includeOptional when {@code false} (the default), optional deep dives ({@code core = false}) are
 *     used only where no plan of core modules alone can do: the planner minimises first the number of optional
 *     modules, then hours (a lexicographic objective, not a numeric penalty). When {@code true}, optional and
 *     core modules are equal candidates and only hours count.
 * @param maxWeeklyHours learning hours per week for the schedule; {@code null} means
 *     {@value #DEFAULT_WEEKLY_HOURS}
 */
public record RoutePreferences(
        Set<String> excludedModalities, boolean selfPacedOnly, boolean includeOptional, Double maxWeeklyHours) {

    /** Weekly hours assumed when none are given. */
    public static final double DEFAULT_WEEKLY_HOURS = 5.0;

    public RoutePreferences {
        excludedModalities = Set.copyOf(excludedModalities);
        if (maxWeeklyHours != null && (!(maxWeeklyHours > 0) || maxWeeklyHours.isInfinite())) {
            throw new IllegalArgumentException("maxWeeklyHours must be positive, was " + maxWeeklyHours);
        }
    }

    /** Every modality and pacing, core modules preferred, 5 hours a week. */
    public static RoutePreferences defaults() {
        return new RoutePreferences(Set.of(), false, false, null);
    }

    /** The weekly hours the schedule uses. */
    public double weeklyHours() {
        return maxWeeklyHours == null ? DEFAULT_WEEKLY_HOURS : maxWeeklyHours;
    }

    /** Whether these preferences admit {@code module} (status aside). */
    public boolean allows(ModuleInfo module) {
        return !excludedModalities.contains(module.modality()) && (!selfPacedOnly || module.selfPaced());
    }
}
