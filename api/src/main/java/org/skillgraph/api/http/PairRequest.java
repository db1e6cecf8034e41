package org.skillgraph.api.http;

import java.util.ArrayList;
import java.util.List;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/** Optional body of {@code POST /api/v1/people/{coachId}/coaching/{learnerId}}: the skills the pair is about. */
record PairRequest(List<String> skills) {

    /** More skills than any coaching pair sensibly focuses on. */
    static final int MAX_SKILLS = 20;

    PairRequest {
        skills = skills == null ? List.of() : skills;
    }

    /** The skill ids, checked for shape; whether they exist is the engine's business. */
    List<String> validSkills() {
        var errors = new ArrayList<FieldError>();
        if (skills.size() > MAX_SKILLS) {
            errors.add(new FieldError("/skills", "at most " + MAX_SKILLS + " skills"));
        }
        for (int i = 0; i < skills.size(); i++) {
            var id = skills.get(i);
            if (id == null || id.isBlank() || id.length() > 200) {
                errors.add(new FieldError("/skills/" + i, "a skill id: a non-blank string of at most 200 characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "The coaching pair request is invalid", errors);
        }
        return skills.stream().map(String::strip).distinct().toList();
    }
}
