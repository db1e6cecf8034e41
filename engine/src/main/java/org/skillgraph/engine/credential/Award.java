package org.skillgraph.engine.credential;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A badge a person earned, with what it certifies: the substance of one credential. */
public record Award(
        String personId, String badgeId, String name, String description, LocalDate earnedAt, List<Certified> skills) {

    /** One certified skill: its id, name, framework and the level the badge requires. */
    public record Certified(String skillId, String name, String framework, int level) {}

    public Award {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(badgeId, "badgeId");
        Objects.requireNonNull(earnedAt, "earnedAt");
        name = name == null ? badgeId : name;
        skills = List.copyOf(skills);
    }

    /** The badge itself, without the person and the date. */
    public BadgeDefinition definition() {
        return new BadgeDefinition(badgeId, name, description, skills);
    }
}
