package org.skillgraph.engine.learner;

import org.skillgraph.engine.snapshot.LearnerState;

/**
 * What the planners need of one person, read in one round trip together with the graph's version.
 *
 * @param graphVersion {@code Meta.version} when this was read: selects the curriculum snapshot
 * @param roleId current role, or {@code null}
 * @param targetRoleId target role, or {@code null}
 * @param weeklyHours hours a week the person can learn, or {@code null}
 */
public record Learner(
        String personId,
        long graphVersion,
        String roleId,
        String targetRoleId,
        Double weeklyHours,
        LearnerState state) {}
