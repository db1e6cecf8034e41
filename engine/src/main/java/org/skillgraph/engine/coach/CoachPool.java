package org.skillgraph.engine.coach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The coach candidates for a set of skills and the context of the learners they are sought for. */
record CoachPool(Map<String, LearnerContext> learners, List<PoolCoach> coaches) {

    CoachPool {
        learners = Map.copyOf(learners);
        coaches = List.copyOf(coaches);
    }

    /** The candidates holding each skill, in pool order. */
    Map<String, List<PoolCoach>> bySkill() {
        var bySkill = new HashMap<String, List<PoolCoach>>();
        for (var coach : coaches) {
            coach.holds()
                    .keySet()
                    .forEach(skill -> bySkill.computeIfAbsent(skill, s -> new ArrayList<>())
                            .add(coach));
        }
        return bySkill;
    }
}
