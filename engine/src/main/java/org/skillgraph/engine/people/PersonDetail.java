package org.skillgraph.engine.people;

import java.time.LocalDate;
import java.util.List;

/** A person's profile: where they are, where they aim, whom they report to, what they hold and completed. */
public record PersonDetail(
        String id,
        String name,
        String department,
        String location,
        String timezone,
        Double weeklyHours,
        String pace,
        RoleRef role,
        TargetRef targetRole,
        PersonRef manager,
        Coaching coaching,
        List<Held> holds,
        List<Completed> completed,
        List<CohortRef> cohorts) {

    public PersonDetail {
        holds = List.copyOf(holds);
        completed = List.copyOf(completed);
        cohorts = List.copyOf(cohorts);
    }

    public record RoleRef(String id, String title) {}

    public record TargetRef(String id, String title, LocalDate since) {}

    public record PersonRef(String id, String name) {}

    public record Coaching(boolean optIn, int capacity) {}

    /** A held skill: current evidenced level, its source and date. */
    public record Held(String skillId, String name, int level, String source, LocalDate at, Double confidence) {}

    public record Completed(String moduleId, String title, LocalDate at, Integer score) {}

    public record CohortRef(String id, String name) {}
}
