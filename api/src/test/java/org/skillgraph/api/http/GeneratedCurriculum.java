package org.skillgraph.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.skillgraph.seed.bundle.Bundle;

/**
 * A seeded bundle of thousands of skills and modules: prerequisites on nearby, more basic skills, modules
 * teaching one to three neighbouring skills. The same seed always gives the same bundle.
 */
final class GeneratedCurriculum {

    private GeneratedCurriculum() {}

    static Bundle bundle(long seed, int skills, int modules) {
        var random = new SplittableRandom(seed);
        var skillList = new ArrayList<Bundle.Skill>(skills);
        for (int s = 0; s < skills; s++) {
            var requires = new ArrayList<Bundle.LevelRef>();
            if (s >= 30 && random.nextInt(4) == 0) {
                requires.add(new Bundle.LevelRef(skill(s - 1 - random.nextInt(30)), 1 + random.nextInt(2)));
            }
            skillList.add(new Bundle.Skill(
                    skill(s),
                    "Generated skill " + s,
                    null,
                    List.of(),
                    "skill",
                    List.of(),
                    List.of(),
                    requires,
                    List.of()));
        }
        var moduleList = new ArrayList<Bundle.Module>(modules);
        for (int m = 0; m < modules; m++) {
            int base = random.nextInt(skills);
            var teaches = new ArrayList<Bundle.LevelRef>();
            for (int k = random.nextInt(3); k >= 0; k--) {
                var taught = skill(Math.max(0, base - random.nextInt(20)));
                if (teaches.stream().noneMatch(t -> t.skill().equals(taught))) {
                    teaches.add(new Bundle.LevelRef(taught, 2 + random.nextInt(4)));
                }
            }
            var assumes = random.nextInt(10) == 0
                    ? List.of(new Bundle.LevelRef(skill(Math.max(0, base - 1 - random.nextInt(50))), 1))
                    : List.<Bundle.LevelRef>of();
            moduleList.add(new Bundle.Module(
                    "gen-m" + m,
                    "Generated module " + m,
                    1 + random.nextInt(20),
                    "course",
                    "self-paced",
                    null,
                    true,
                    List.of(),
                    null,
                    null,
                    "published",
                    teaches,
                    assumes));
        }
        return new Bundle(List.of(), skillList, List.of(), moduleList, List.of(), List.of(), List.of(), null);
    }

    static String skill(int index) {
        return "gen-s" + index;
    }
}
