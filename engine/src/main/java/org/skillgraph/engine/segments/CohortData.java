package org.skillgraph.engine.segments;

import java.util.List;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * A cohort as segmenting reads it, in one round trip.
 *
 * @param graphVersion {@code Meta.version}: selects the curriculum snapshot
 * @param rules the cohort's segment definitions, by id
 * @param members in id order
 */
record CohortData(String id, String name, long graphVersion, List<SegmentRule> rules, List<Member> members) {

    CohortData {
        rules = List.copyOf(rules);
        members = List.copyOf(members);
    }

    /** A member: their levels and completions as held ({@code HOLDS}), role, target and pace. */
    record Member(String id, String name, String pace, String roleId, String targetRoleId, LearnerState state) {}
}
