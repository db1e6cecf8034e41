package org.skillgraph.engine.coach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Random small assignment problems: ≤ 3 learners with 1–3 gap skills and 1–3 coach places each, ≤ 4 coaches
 * with 0–2 places, at most 12 options with small scores (so ties are common).
 */
final class AssignmentArbitraries {

    private AssignmentArbitraries() {}

    static Arbitrary<AssignmentProblem> problems() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(1, 4))
                .flatAs((learners, coaches) -> Combinators.combine(
                                Arbitraries.integers().between(1, 3).list().ofSize(learners),
                                Arbitraries.integers().between(1, 3).list().ofSize(learners),
                                Arbitraries.integers().between(0, 2).list().ofSize(coaches),
                                Arbitraries.integers().between(0, 7).list().ofSize(learners * coaches),
                                Arbitraries.integers().between(0, 30).list().ofSize(learners * coaches))
                        .as((skillCounts, maxCoaches, capacities, masks, scores) ->
                                build(learners, coaches, skillCounts, maxCoaches, capacities, masks, scores)));
    }

    private static AssignmentProblem build(
            int learners,
            int coaches,
            List<Integer> skillCounts,
            List<Integer> maxCoaches,
            List<Integer> capacities,
            List<Integer> masks,
            List<Integer> scores) {
        var slots = new ArrayList<AssignmentProblem.Slot>();
        var options = new ArrayList<AssignmentProblem.Option>();
        for (int l = 0; l < learners; l++) {
            var skills = new ArrayList<String>();
            for (int s = 0; s < skillCounts.get(l); s++) {
                skills.add("s" + s);
            }
            slots.add(new AssignmentProblem.Slot("l" + l, skills, maxCoaches.get(l)));
            for (int c = 0; c < coaches; c++) {
                int mask = masks.get(l * coaches + c) & ((1 << skills.size()) - 1);
                if (mask == 0) {
                    continue;
                }
                var covered = new ArrayList<String>();
                for (int s = 0; s < skills.size(); s++) {
                    if ((mask & (1 << s)) != 0) {
                        covered.add(skills.get(s));
                    }
                }
                options.add(new AssignmentProblem.Option("l" + l, "c" + c, scores.get(l * coaches + c), covered));
            }
        }
        var places = new HashMap<String, Integer>();
        for (int c = 0; c < coaches; c++) {
            places.put("c" + c, capacities.get(c));
        }
        return new AssignmentProblem(slots, options, places);
    }
}
