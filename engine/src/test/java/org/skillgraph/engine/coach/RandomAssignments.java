package org.skillgraph.engine.coach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Random small assignment problems, one per seed: ≤ 3 learners with 1–3 gap skills and 1–3 coach places
 * each, ≤ 4 coaches with 0–2 places, at most 12 options with small scores (so ties are common).
 */
final class RandomAssignments {

    static final long BASE_SEED = 20261129L;

    private RandomAssignments() {}

    /** The seeds the properties run over; a failing case names its seed. */
    static LongStream seeds(int count) {
        return LongStream.range(0, count).map(i -> BASE_SEED + i);
    }

    static AssignmentProblem problem(long seed) {
        var random = new SplittableRandom(seed);
        int learners = 1 + random.nextInt(3);
        int coaches = 1 + random.nextInt(4);
        var slots = new ArrayList<AssignmentProblem.Slot>();
        var options = new ArrayList<AssignmentProblem.Option>();
        for (int l = 0; l < learners; l++) {
            var skills = new ArrayList<String>();
            int skillCount = 1 + random.nextInt(3);
            for (int s = 0; s < skillCount; s++) {
                skills.add("s" + s);
            }
            slots.add(new AssignmentProblem.Slot("l" + l, skills, 1 + random.nextInt(3)));
            for (int c = 0; c < coaches; c++) {
                int mask = random.nextInt(8) & ((1 << skills.size()) - 1);
                int score = random.nextInt(31);
                if (mask == 0) {
                    continue;
                }
                var covered = new ArrayList<String>();
                for (int s = 0; s < skills.size(); s++) {
                    if ((mask & (1 << s)) != 0) {
                        covered.add(skills.get(s));
                    }
                }
                options.add(new AssignmentProblem.Option("l" + l, "c" + c, score, covered));
            }
        }
        var places = new HashMap<String, Integer>();
        for (int c = 0; c < coaches; c++) {
            places.put("c" + c, random.nextInt(3));
        }
        return new AssignmentProblem(slots, options, places);
    }
}
