package org.skillgraph.api.http;

import java.util.List;

/**
 * Makes the opaque handle a learner's coach ranking carries in place of each coach's id, so the learner can request
 * a suggested coach without learning who the id is. The mentoring programme supplies it; the coaching routes only
 * pass it on.
 */
@FunctionalInterface
public interface CoachRequestHandles {

    /** No handles: rankings carry none. */
    CoachRequestHandles NONE = (learnerId, coachId, skills) -> null;

    /** A handle for {@code learnerId} to request {@code coachId} in {@code skills}, or {@code null} for none. */
    String handle(String learnerId, String coachId, List<String> skills);
}
