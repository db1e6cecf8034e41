package org.skillgraph.engine.route;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * A seeded curriculum of thousands of skills and modules, shaped like {@link EscoScaleTest}'s (prerequisites
 * on nearby, more basic skills; modules teaching one to three neighbouring skills), for budget tests whose
 * routes run to hundreds of steps.
 */
final class LargeCurricula {

    private LargeCurricula() {}

    static CurriculumSnapshot generate(long seed, int skills, int modules) {
        SplittableRandom random = new SplittableRandom(seed);
        CurriculumSnapshot.Builder builder = CurriculumSnapshot.builder(1);
        for (int s = 0; s < skills; s++) {
            builder.skill(skill(s), "Skill " + s);
            if (s >= 30 && random.nextInt(4) == 0) {
                builder.requires(skill(s), skill(s - 1 - random.nextInt(30)), 1 + random.nextInt(2));
            }
        }
        for (int m = 0; m < modules; m++) {
            int base = random.nextInt(skills);
            builder.module(new ModuleInfo(
                    "m" + m,
                    "Module " + m,
                    1 + random.nextInt(20),
                    "course",
                    "self-paced",
                    null,
                    true,
                    "published",
                    null));
            for (int k = random.nextInt(3); k >= 0; k--) {
                builder.teaches("m" + m, skill(Math.max(0, base - random.nextInt(20))), 2 + random.nextInt(4));
            }
            if (random.nextInt(10) == 0) {
                builder.assumes("m" + m, skill(Math.max(0, base - 1 - random.nextInt(50))), 1 + random.nextInt(2));
            }
        }
        return builder.build();
    }

    /** {@code count} targets at level 3, spread evenly over the skills. */
    static Map<String, Integer> spreadTargets(int skills, int count) {
        Map<String, Integer> targets = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            targets.put(skill((int) ((long) i * skills / count)), 3);
        }
        return targets;
    }

    static String skill(int index) {
        return "s" + index;
    }
}
