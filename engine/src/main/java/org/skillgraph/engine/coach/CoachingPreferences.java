package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person prefers in coaching, as a learner and as a coach; every part optional. The matcher uses them as soft
 * constraints: a part that is set adds a component to the score breakdown, one that is not adds nothing, so answers
 * without preferences are what they were.
 *
 * @param format the learner's preferred format: {@code in-person} or {@code remote}, or {@code null}
 * @param languages languages the person speaks, for coaching either way
 * @param timezone the time zone the learner wants to meet in, or {@code null}
 * @param otherDepartment the learner prefers a coach from another department, or {@code null}
 * @param wantsToCoach skills the person, as a coach, wants to coach
 * @param availableFrom the first day the person takes on learners, or {@code null}
 * @param availableUntil the last day the person takes on learners, or {@code null}
 */
public record CoachingPreferences(
        String format,
        List<String> languages,
        String timezone,
        Boolean otherDepartment,
        List<String> wantsToCoach,
        LocalDate availableFrom,
        LocalDate availableUntil) {

    public static final String IN_PERSON = "in-person";
    public static final String REMOTE = "remote";

    public CoachingPreferences {
        languages = languages == null ? List.of() : List.copyOf(languages);
        wantsToCoach = wantsToCoach == null ? List.of() : List.copyOf(wantsToCoach);
    }

    public static CoachingPreferences none() {
        return new CoachingPreferences(null, List.of(), null, null, List.of(), null, null);
    }

    /** Whether the coach's availability window is set. */
    boolean hasWindow() {
        return availableFrom != null || availableUntil != null;
    }
}
