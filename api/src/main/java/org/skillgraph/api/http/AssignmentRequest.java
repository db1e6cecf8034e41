package org.skillgraph.api.http;

import java.util.ArrayList;
import java.util.List;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/** Body of {@code POST /api/v1/coach-assignment}: the learners to assign coaches to. */
record AssignmentRequest(List<String> learners) {

    /** The longest id skillgraph accepts anywhere. */
    private static final int MAX_ID_LENGTH = 200;

    /** The ids, checked for shape; whether they are people is the engine's business. */
    List<String> validLearners() {
        var errors = new ArrayList<FieldError>();
        if (learners == null || learners.isEmpty()) {
            errors.add(new FieldError(
                    "/learners", "is required: a list of 1 to " + CoachingService.MAX_LEARNERS + " person ids"));
        } else if (learners.size() > CoachingService.MAX_LEARNERS) {
            errors.add(new FieldError(
                    "/learners", "at most " + CoachingService.MAX_LEARNERS + " person ids, was " + learners.size()));
        } else {
            for (int i = 0; i < learners.size(); i++) {
                var id = learners.get(i);
                if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
                    errors.add(new FieldError(
                            "/learners/" + i,
                            "a person id: a non-blank string of at most " + MAX_ID_LENGTH + " characters"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "The assignment request is invalid", errors);
        }
        return learners;
    }
}
