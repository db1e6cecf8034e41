package org.skillgraph.api.http.mentoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.skillgraph.engine.coach.CoachingPreferences;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.mentoring.CheckIn;
import org.skillgraph.engine.mentoring.PairJournal;

/** The request bodies of the mentoring routes, each checked for shape with a pointer per bad field. */
final class Bodies {

    static final int MAX_TEXT = 2_000;
    static final int MAX_SKILLS = 20;
    static final int MAX_HANDLE = 4_000;

    private Bodies() {}

    /** {@code POST /people/{id}/coaching-requests}. */
    record CoachingRequestBody(String coachId, String handle, List<String> skills, String message) {
        CoachingRequestBody {
            skills = skills == null ? List.of() : skills;
        }

        void validate() {
            var errors = new ArrayList<FieldError>();
            if (handle == null) {
                id(errors, "/coachId", coachId);
            } else {
                // A suggestion's handle names the coach and the skills: the body names neither again.
                if (coachId != null) {
                    errors.add(new FieldError("/coachId", "give either coachId or handle, not both"));
                }
                if (!skills.isEmpty()) {
                    errors.add(new FieldError("/skills", "a handle carries the skills of its suggestion"));
                }
                if (handle.isBlank() || handle.length() > MAX_HANDLE) {
                    errors.add(new FieldError(
                            "/handle",
                            "a request handle from the coach suggestions, at most " + MAX_HANDLE + " characters"));
                }
            }
            if (skills.size() > MAX_SKILLS) {
                errors.add(new FieldError("/skills", "at most " + MAX_SKILLS + " skills"));
            }
            for (int i = 0; i < skills.size(); i++) {
                id(errors, "/skills/" + i, skills.get(i));
            }
            text(errors, "/message", message, MAX_TEXT);
            fail("The coaching request is invalid", errors);
        }
    }

    /** Declining or ending: an optional reason. */
    record ReasonBody(String reason) {
        void validate() {
            var errors = new ArrayList<FieldError>();
            text(errors, "/reason", reason, MAX_TEXT);
            fail("The body is invalid", errors);
        }
    }

    /** {@code POST …/goals}. */
    record GoalBody(String skillId, Integer targetLevel, LocalDate targetDate) {
        void validate() {
            var errors = new ArrayList<FieldError>();
            id(errors, "/skillId", skillId);
            if (targetLevel == null || targetLevel < 1 || targetLevel > 5) {
                errors.add(new FieldError("/targetLevel", "a level from 1 to 5"));
            }
            if (targetDate == null) {
                errors.add(new FieldError("/targetDate", "a date (YYYY-MM-DD)"));
            }
            fail("The goal is invalid", errors);
        }
    }

    /** {@code POST …/check-ins}. */
    record CheckInBody(LocalDate on, String note, Integer minutes, List<ProgressBody> progress) {
        CheckInBody {
            progress = progress == null ? List.of() : progress;
        }

        void validate() {
            var errors = new ArrayList<FieldError>();
            if (on == null) {
                errors.add(new FieldError("/on", "a date (YYYY-MM-DD)"));
            }
            text(errors, "/note", note, PairJournal.MAX_NOTE);
            if (minutes == null || minutes < 0 || minutes > 1440) {
                errors.add(new FieldError("/minutes", "minutes from 0 to 1440"));
            }
            for (int i = 0; i < progress.size(); i++) {
                var p = progress.get(i);
                if (p == null) {
                    errors.add(new FieldError("/progress/" + i, "an object {goalId, percent}"));
                    continue;
                }
                id(errors, "/progress/" + i + "/goalId", p.goalId());
                if (p.percent() == null || p.percent() < 0 || p.percent() > 100) {
                    errors.add(new FieldError("/progress/" + i + "/percent", "a percentage from 0 to 100"));
                }
            }
            fail("The check-in is invalid", errors);
        }

        List<CheckIn.Progress> progressList() {
            return progress.stream()
                    .map(p -> new CheckIn.Progress(p.goalId(), p.percent()))
                    .toList();
        }
    }

    record ProgressBody(String goalId, Integer percent) {}

    /** {@code PUT /people/{id}/coaching-preferences}: every preference, a left-out one removed. */
    record PreferencesBody(
            String format,
            List<String> languages,
            String timezone,
            Boolean otherDepartment,
            List<String> wantsToCoach,
            LocalDate availableFrom,
            LocalDate availableUntil) {

        CoachingPreferences preferences() {
            var errors = new ArrayList<FieldError>();
            var langs = languages == null ? List.<String>of() : languages;
            var skills = wantsToCoach == null ? List.<String>of() : wantsToCoach;
            for (int i = 0; i < langs.size(); i++) {
                if (langs.get(i) == null
                        || langs.get(i).isBlank()
                        || langs.get(i).length() > 50) {
                    errors.add(new FieldError(
                            "/languages/" + i, "a language: a non-blank string of at most 50 characters"));
                }
            }
            for (int i = 0; i < skills.size(); i++) {
                id(errors, "/wantsToCoach/" + i, skills.get(i));
            }
            fail("The coaching preferences are invalid", errors);
            return new CoachingPreferences(
                    format, langs, timezone, otherDepartment, skills, availableFrom, availableUntil);
        }
    }

    private static void id(List<FieldError> errors, String pointer, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            errors.add(new FieldError(pointer, "an id: a non-blank string of at most 200 characters"));
        }
    }

    private static void text(List<FieldError> errors, String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(pointer, "at most " + max + " characters"));
        }
    }

    private static void fail(String message, List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", message, errors);
        }
    }
}
