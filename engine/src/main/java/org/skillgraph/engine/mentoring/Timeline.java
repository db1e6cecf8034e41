package org.skillgraph.engine.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A pair's story: its goals, then check-ins and the learner's evidence on the goal skills in date order.
 *
 * @param entries check-ins ({@code kind} {@code check-in}: by, note, minutes, progress) and evidence ({@code kind}
 *     {@code evidence}: skillId, level, source), oldest first
 */
public record Timeline(
        String mentorshipId,
        String state,
        LocalDate startedOn,
        LocalDate endedOn,
        List<Goal> goals,
        List<Entry> entries) {

    public Timeline {
        goals = List.copyOf(goals);
        entries = List.copyOf(entries);
    }

    /** One dated event; the fields of the other kind are null. */
    public record Entry(
            LocalDate on,
            String kind,
            String id,
            String by,
            String note,
            Integer minutes,
            List<CheckIn.Progress> progress,
            String skillId,
            Integer level,
            String source) {

        public Entry {
            progress = List.copyOf(progress);
        }

        static Entry of(CheckIn c) {
            return new Entry(c.on(), "check-in", c.id(), c.by(), c.note(), c.minutes(), c.progress(), null, null, null);
        }
    }
}
