package org.skillgraph.engine.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * Seeded random curricula and groups: priorities and what-if on people answer exactly the same when plans are
 * shared between members whose relevant state agrees as when every distinct state is planned in full (the
 * computation before sharing, kept as {@code exhaustive()}). The curricula have prerequisites, modules teaching
 * several skills and assuming others, and members with completions, stale and self-assessed levels and skills
 * far from their role, so the projection has something to cut.
 */
class SharedPlansPropertyTest {

    private static final int SKILLS = 14;

    private final RoutePlanner planner = new RoutePlanner();

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 104_729L * i + 3);
    }

    private static String skill(int s) {
        return "s" + s;
    }

    private static CurriculumSnapshot.Builder curriculum(Random random) {
        var b = CurriculumSnapshot.builder(1);
        for (int s = 0; s < SKILLS; s++) {
            b.skill(skill(s), "Skill " + s);
        }
        for (int s = 1; s < SKILLS; s++) {
            if (random.nextInt(3) == 0) {
                b.requires(skill(s), skill(random.nextInt(s)), 1 + random.nextInt(3));
            }
        }
        int modules = 10 + random.nextInt(8);
        for (int m = 0; m < modules; m++) {
            String id = "m" + m;
            b.module(new ModuleInfo(
                    id, id, 1 + random.nextInt(12), "course", "self-paced", null, true, "published", null));
            int teaches = 1 + random.nextInt(2);
            var taught = new HashSet<Integer>();
            for (int t = 0; t < teaches; t++) {
                int s = random.nextInt(SKILLS);
                if (taught.add(s)) {
                    b.teaches(id, skill(s), 1 + random.nextInt(5));
                }
            }
            if (random.nextInt(4) == 0) {
                int s = random.nextInt(SKILLS);
                if (!taught.contains(s)) {
                    b.assumes(id, skill(s), 1 + random.nextInt(2));
                }
            }
        }
        for (int r = 0; r < 3; r++) {
            String role = "r" + r;
            b.role(role, role, null, null);
            int base = random.nextInt(SKILLS);
            var needed = new HashSet<Integer>();
            for (int n = 0; n < 3 + random.nextInt(3); n++) {
                int s = (base + random.nextInt(6)) % SKILLS;
                if (needed.add(s)) {
                    b.needs(role, skill(s), 1 + random.nextInt(4), 3, random.nextBoolean());
                }
            }
        }
        return b;
    }

    private static List<Member> members(Random random, int modules) {
        var members = new ArrayList<Member>();
        int n = 3 + random.nextInt(10);
        for (int p = 0; p < n; p++) {
            var levels = new HashMap<String, Integer>();
            var stale = new HashSet<String>();
            var self = new HashSet<String>();
            var completed = new HashSet<String>();
            for (int h = 0; h < random.nextInt(6); h++) {
                String s = skill(random.nextInt(SKILLS));
                levels.put(s, random.nextInt(6));
                if (random.nextInt(5) == 0) {
                    stale.add(s);
                }
                if (random.nextInt(5) == 0) {
                    self.add(s);
                }
            }
            if (random.nextInt(3) == 0) {
                completed.add("m" + random.nextInt(modules));
            }
            // Identical members are frequent in real groups; repeat some.
            var state = new LearnerState(levels, completed, stale, self);
            String role = "r" + random.nextInt(3);
            members.add(new Member("p" + p, role, state));
            if (random.nextInt(4) == 0) {
                members.add(new Member("p" + p + "-twin", role, state));
            }
        }
        return members;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldRankPrioritiesExactlyAsPlanningEveryStateInFull(long seed) {
        var random = new Random(seed);
        var snapshot = curriculum(random).build();
        var members = members(random, snapshot.modules().moduleCount());
        var service = new PrioritiesService(null, null, planner, 2);

        var shared = service.analyse(snapshot, members, members.size(), MetricsFilter.everyone(), 50);
        var full = service.exhaustive().analyse(snapshot, members, members.size(), MetricsFilter.everyone(), 50);

        assertThat(shared).isEqualTo(full);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void shouldCountWhatIfWinnersAndLosersExactlyAsPlanningEveryStateInFull(long seed) {
        var random = new Random(seed * 7 + 1);
        var before = curriculum(random).build();
        var members = members(random, before.modules().moduleCount());
        String added = "m-new";
        var after = before.toBuilder()
                .module(new ModuleInfo(
                        added, added, 1 + random.nextInt(4), "video", "self-paced", null, true, "published", null))
                .teaches(added, skill(random.nextInt(SKILLS)), 1 + random.nextInt(5))
                .build();
        var impact = new PeopleImpact(planner, 2);

        var shared = impact.compare(before, after, members, members.size(), MetricsFilter.everyone());
        var full = impact.exhaustive().compare(before, after, members, members.size(), MetricsFilter.everyone());

        assertThat(shared).isEqualTo(full);
        assertThat(full.suppressed()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void shouldPlanFewerStatesWhenSharingSoTheComparisonAboveHasSomethingToCompare() {
        int shared = 0;
        int full = 0;
        for (long seed : seeds().toList()) {
            var random = new Random(seed);
            var snapshot = curriculum(random).build();
            var members = members(random, snapshot.modules().moduleCount());
            var sharing = new MemberOutcomes(snapshot, planner, true, members);
            var each = new MemberOutcomes(snapshot, planner, false, members);
            for (Member m : members) {
                for (var gap : SkillPriorities.gaps(snapshot, m).entrySet()) {
                    var state = Counterfactuals.holding(m.state(), gap.getKey(), gap.getValue());
                    assertThat(sharing.of(m.roleId(), state)).isEqualTo(each.of(m.roleId(), state));
                }
            }
            shared += sharing.plannedCount();
            full += each.plannedCount();
        }
        assertThat(shared).isLessThan(full);
    }
}
