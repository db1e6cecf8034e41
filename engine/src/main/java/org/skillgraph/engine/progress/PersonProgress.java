package org.skillgraph.engine.progress;

import java.time.LocalDate;
import java.util.List;
import org.skillgraph.engine.gap.GapReport;
import org.skillgraph.engine.route.BadgeMilestone;
import org.skillgraph.engine.route.RouteStep;

/**
 * A person's progress toward their target role.
 *
 * @param asOf the day the answer is computed for
 * @param targetRoleId the target role, or {@code null} (then readiness, history, gap and milestones are empty)
 * @param targetSince since when they target it, or {@code null} when unknown
 * @param readiness readiness now (decayed levels), or {@code null} without a target
 * @param readinessHistory readiness at each month end of the last 24 months, then today
 * @param gap the gap to the target role now, or {@code null}
 * @param nextSteps the first steps of their route to the target
 * @param badgesWithinReach badges their route makes earnable, with the week
 * @param overdueRefreshes levels counting one lower until re-evidenced
 * @param badges earned badges with the state of their basis
 */
public record PersonProgress(
        String personId,
        LocalDate asOf,
        String targetRoleId,
        LocalDate targetSince,
        Double readiness,
        List<ReadinessPoint> readinessHistory,
        GapReport gap,
        List<RouteStep> nextSteps,
        List<BadgeMilestone> badgesWithinReach,
        List<OverdueRefresh> overdueRefreshes,
        List<BadgeStatus> badges) {

    public PersonProgress {
        readinessHistory = List.copyOf(readinessHistory);
        nextSteps = List.copyOf(nextSteps);
        badgesWithinReach = List.copyOf(badgesWithinReach);
        overdueRefreshes = List.copyOf(overdueRefreshes);
        badges = List.copyOf(badges);
    }
}
