package org.skillgraph.engine.route;

import java.util.List;

/**
 * The route laid out week by week at {@code weeklyHours}, steps in route order, a module spanning weeks when
 * it does not fit.
 *
 * @param skillMilestones per target skill raised by the route, the week it reaches its level; by week, then id
 * @param badgeMilestones per badge the route makes earnable, the week it does; by week, then id
 */
public record Schedule(
        double weeklyHours,
        List<ScheduleWeek> weeks,
        List<SkillMilestone> skillMilestones,
        List<BadgeMilestone> badgeMilestones,
        int totalWeeks) {

    public Schedule {
        weeks = List.copyOf(weeks);
        skillMilestones = List.copyOf(skillMilestones);
        badgeMilestones = List.copyOf(badgeMilestones);
    }
}
