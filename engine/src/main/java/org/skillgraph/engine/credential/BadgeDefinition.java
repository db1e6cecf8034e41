package org.skillgraph.engine.credential;

import java.util.List;
import java.util.Objects;

/** A badge as the catalogue defines it (no one's award): what its Open Badges Achievement says. */
public record BadgeDefinition(String badgeId, String name, String description, List<Award.Certified> skills) {

    public BadgeDefinition {
        Objects.requireNonNull(badgeId, "badgeId");
        name = name == null ? badgeId : name;
        skills = List.copyOf(skills);
    }
}
