package org.skillgraph.engine.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A coaching pair as the outcome metrics read it.
 *
 * @param endedOn last day, or {@code null} while it runs
 */
record OutcomePair(
        String id,
        String state,
        String coachId,
        String learnerId,
        LocalDate startedOn,
        LocalDate endedOn,
        List<Target> goals) {

    OutcomePair {
        goals = List.copyOf(goals);
    }

    /** A goal: a skill to raise to a level; measured from {@code from}, the later of the pair's start and its setting. */
    record Target(String skillId, int targetLevel, LocalDate createdOn) {}

    /** The last day measured: the end of the pair, or today while it runs. */
    LocalDate until(LocalDate today) {
        return endedOn == null || endedOn.isAfter(today) ? today : endedOn;
    }

    /** Whether the pair ran on any day of {@code [from, to]}. */
    boolean overlaps(LocalDate from, LocalDate to) {
        return !startedOn.isAfter(to) && (endedOn == null || !endedOn.isBefore(from));
    }
}
