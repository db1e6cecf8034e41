package org.skillgraph.engine.coach;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A cohort's coach assignment as plain values: each learner's open gap skills and how many more coaches they
 * may get, the possible pairs with their scores, and each coach's free places.
 *
 * @param learners one slot per learner
 * @param options the possible pairs, best first within a learner (this order breaks ties when gap skills
 *     are shared out among a learner's coaches)
 * @param capacities free coaching places per coach id; coaches not listed have none
 */
public record AssignmentProblem(List<Slot> learners, List<Option> options, Map<String, Integer> capacities) {

    /**
     * A learner: the gap skills still open (not covered by an active pair) and how many coaches they may get.
     */
    public record Slot(String learnerId, List<String> skills, int maxCoaches) {
        public Slot {
            Objects.requireNonNull(learnerId, "learnerId");
            skills = List.copyOf(skills);
            if (maxCoaches < 0) {
                throw new IllegalArgumentException("maxCoaches of " + learnerId + " must not be negative");
            }
        }
    }

    /**
     * A possible pair.
     *
     * @param score the pair's score in integer units (≥ 0)
     * @param skills the learner's open gap skills this coach covers (not empty)
     */
    public record Option(String learnerId, String coachId, long score, List<String> skills) {
        public Option {
            Objects.requireNonNull(learnerId, "learnerId");
            Objects.requireNonNull(coachId, "coachId");
            skills = List.copyOf(skills);
            if (score < 0 || skills.isEmpty()) {
                throw new IllegalArgumentException(
                        "option " + coachId + " → " + learnerId + " needs a score ≥ 0 and at least one skill");
            }
        }
    }

    public AssignmentProblem {
        learners = List.copyOf(learners);
        options = List.copyOf(options);
        capacities = Map.copyOf(capacities);
        var slots = new java.util.HashMap<String, Slot>();
        learners.forEach(s -> {
            if (slots.put(s.learnerId(), s) != null) {
                throw new IllegalArgumentException("learner " + s.learnerId() + " has two slots");
            }
        });
        var pairs = new HashSet<String>();
        for (var o : options) {
            var slot = slots.get(o.learnerId());
            if (slot == null || !slot.skills().containsAll(o.skills())) {
                throw new IllegalArgumentException(
                        "option " + o.coachId() + " → " + o.learnerId() + " covers skills its learner does not seek");
            }
            if (!pairs.add(o.coachId() + "\u0000" + o.learnerId())) {
                throw new IllegalArgumentException(
                        "option " + o.coachId() + " → " + o.learnerId() + " is listed twice");
            }
        }
    }
}
