package org.skillgraph.engine.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * The designer's decisions for the skills and roles a change set removes; a removed skill without a choice is
 * deprecated, a removed role without one is kept as it is.
 *
 * @param choices one per removed skill at most
 * @param roles one per removed role at most
 */
public record ApplyChoices(List<Choice> choices, List<RoleChoice> roles) {

    public ApplyChoices {
        choices = choices == null ? List.of() : List.copyOf(choices);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public ApplyChoices(List<Choice> choices) {
        this(choices, List.of());
    }

    public static ApplyChoices none() {
        return new ApplyChoices(List.of(), List.of());
    }

    /**
     * {@code replace}: the skill is superseded by {@code successors} (learner records are mirrored onto each);
     * {@code deprecate}: kept and flagged only.
     */
    public record Choice(String skill, String action, List<Successor> successors) {
        public Choice {
            Objects.requireNonNull(skill, "skill");
            successors = successors == null ? List.of() : List.copyOf(successors);
        }
    }

    /** A successor and its share of the superseded skill (0–1; {@code null}: an equal split). */
    public record Successor(String skill, Double share) {}

    /**
     * {@code keep}: the role stays as it is; {@code deprecate}: kept and flagged; {@code replace}: deprecated and
     * mapped to {@code successor}, onto which the people in or targeting it and its career moves are moved.
     */
    public record RoleChoice(String role, String action, String successor) {
        public RoleChoice {
            Objects.requireNonNull(role, "role");
        }
    }
}
