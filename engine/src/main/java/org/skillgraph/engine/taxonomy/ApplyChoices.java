package org.skillgraph.engine.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * The designer's decisions for the skills a change set removes; a removed skill without a choice is deprecated.
 *
 * @param choices one per removed skill at most
 */
public record ApplyChoices(List<Choice> choices) {

    public ApplyChoices {
        choices = List.copyOf(choices);
    }

    public static ApplyChoices none() {
        return new ApplyChoices(List.of());
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
}
