package org.skillgraph.engine.design;

import java.util.List;
import org.skillgraph.engine.priorities.PopulationImpact;

/**
 * The impact of hypothetical curriculum changes on every role.
 *
 * @param graphVersion the curriculum version the changes were applied to (in memory only)
 * @param rolesChanged how many roles' hours or reachability move
 * @param roles every role: changed ones first (new unreachable requirements, then the size of the change),
 *     then unchanged ones by id
 * @param people the impact on the population asked for, or {@code null} when none was
 */
public record WhatIfReport(long graphVersion, int rolesChanged, List<RoleImpact> roles, PopulationImpact people) {

    public WhatIfReport {
        roles = List.copyOf(roles);
    }
}
