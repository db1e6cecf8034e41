package org.skillgraph.engine.priorities;

import java.util.List;
import org.skillgraph.engine.metrics.MetricsFilter;

/**
 * What a group should attack first: gap skills by what closing them unblocks, modules by what teaching them
 * as one session removes.
 *
 * @param graphVersion the curriculum version the routes were planned on
 * @param people people the filter selected; {@code null} (as {@code assessed}) when fewer than {@code minGroupSize}
 * @param assessed of those, people with a role to compare with (the filter's role, else their target)
 * @param suppressed whether fewer than {@code minGroupSize} people were assessed; then no figure is given
 * @param withheld items left out because fewer than {@code minGroupSize} members are concerned, so no figure
 *     describes one person
 * @param skills most unblocking first, at most the limit asked for
 * @param modules most member-hours removed first, at most the limit asked for
 */
public record PrioritiesReport(
        long graphVersion,
        MetricsFilter filter,
        int minGroupSize,
        Integer people,
        Integer assessed,
        boolean suppressed,
        int withheld,
        List<SkillPriority> skills,
        List<ModuleSession> modules) {

    public PrioritiesReport {
        skills = List.copyOf(skills);
        modules = List.copyOf(modules);
    }
}
