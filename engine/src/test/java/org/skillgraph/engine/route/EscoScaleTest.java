package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * A synthetic curriculum of ESCO size (14k skills, 20k modules, 3k roles, 125k NEEDS edges) with a seeded
 * generator: the snapshot must build and every role must get a sound route. Timings are printed for the
 * record, never asserted; the benchmark proper belongs to a JMH harness.
 */
class EscoScaleTest {

    private static final int SKILLS = 14_000;
    private static final int MODULES = 20_000;
    private static final int ROLES = 3_000;
    private static final int NEEDS_PER_ROLE = 42;
    private static final String[] MODALITIES = {"course", "video", "workshop", "simulation", "project", "reading"};

    private static CurriculumSnapshot snapshot;
    private static long buildMillis;
    private static long snapshotBytes;

    @BeforeAll
    static void buildEscoSizedSnapshot() {
        long heapBefore = usedHeapAfterGc();
        snapshot = buildTimed();
        snapshotBytes = usedHeapAfterGc() - heapBefore;
    }

    /** Builds in a method of its own, so the builder's input is garbage by the time the heap is measured. */
    private static CurriculumSnapshot buildTimed() {
        CurriculumSnapshot.Builder builder = escoSizedCurriculum();
        long started = System.nanoTime();
        CurriculumSnapshot built = builder.build();
        buildMillis = (System.nanoTime() - started) / 1_000_000;
        return built;
    }

    /** Heap in use after a collection: a rough figure, printed for the record only. */
    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static CurriculumSnapshot.Builder escoSizedCurriculum() {
        Random random = new Random(14_000);
        CurriculumSnapshot.Builder builder = CurriculumSnapshot.builder(42);
        for (int s = 0; s < SKILLS; s++) {
            builder.skill(skill(s), "Skill " + s);
            builder.skillInTopic(skill(s), "t" + (s / 50));
            // A quarter of the skills require one or two nearby, more basic skills.
            if (s >= 30 && random.nextInt(4) == 0) {
                for (int k = random.nextInt(4) == 0 ? 1 : 0; k >= 0; k--) {
                    builder.requires(skill(s), skill(s - 1 - random.nextInt(30)), 1 + random.nextInt(2));
                }
            }
        }
        for (int t = 0; t < SKILLS / 50; t++) {
            builder.topic("t" + t, "Topic " + t);
        }
        for (int m = 0; m < MODULES; m++) {
            int base = random.nextInt(SKILLS);
            builder.module(new ModuleInfo(
                    "m" + m,
                    "Module " + m,
                    1 + random.nextInt(20),
                    MODALITIES[random.nextInt(MODALITIES.length)],
                    random.nextInt(100) < 85 ? "self-paced" : "scheduled",
                    null,
                    random.nextInt(100) < 80,
                    random.nextInt(100) < 90 ? "published" : "draft",
                    null));
            for (int k = random.nextInt(3); k >= 0; k--) {
                builder.teaches("m" + m, skill(Math.max(0, base - random.nextInt(20))), 2 + random.nextInt(4));
            }
            if (random.nextInt(10) == 0) {
                builder.assumes("m" + m, skill(Math.max(0, base - 1 - random.nextInt(50))), 1 + random.nextInt(2));
            }
        }
        for (int r = 0; r < ROLES; r++) {
            builder.role("r" + r, "Role " + r, "Family " + (r % 40), 1 + r % 5);
            int base = random.nextInt(SKILLS);
            for (int k = 0; k < NEEDS_PER_ROLE; k++) {
                int skill = Math.floorMod(base + random.nextInt(600) - 300, SKILLS);
                builder.needs(
                        "r" + r, skill(skill), 2 + random.nextInt(3), 1 + random.nextInt(5), random.nextBoolean());
            }
        }
        for (int b = 0; b < 500; b++) {
            builder.badge("b" + b, "Badge " + b);
            builder.certifies("b" + b, skill(random.nextInt(SKILLS)), 2 + random.nextInt(2));
        }
        return builder;
    }

    private static String skill(int index) {
        return "s" + index;
    }

    @Test
    void shouldBuildAnEscoSizedSnapshotWithNothingDropped() {
        System.out.printf(
                "ESCO-sized snapshot built in %d ms, about %d MB of heap (retained): %s%n",
                buildMillis, snapshotBytes >> 20, snapshot);

        assertThat(snapshot.skillCount()).isEqualTo(SKILLS);
        assertThat(snapshot.modules().moduleCount()).isEqualTo(MODULES);
        assertThat(snapshot.roles().roleCount()).isEqualTo(ROLES);
        assertThat(snapshot.danglingReferenceCount()).isZero();
        assertThat(snapshot.prerequisiteCycles()).isEmpty();
    }

    @Test
    void shouldPlanASoundRouteForEveryRole() {
        RoutePlanner planner = new RoutePlanner();
        Random random = new Random(7);
        List<LearnerState> learners = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Map<String, Integer> levels = new HashMap<>();
            for (int k = random.nextInt(30); k > 0; k--) {
                levels.put(skill(random.nextInt(SKILLS)), 1 + random.nextInt(4));
            }
            learners.add(new LearnerState(levels, Set.of()));
        }
        int roles = 250;
        long[] nanos = new long[roles];
        long[] cpuNanos = new long[roles];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int exact = 0;
        double gapSum = 0;
        int unreachable = 0;
        for (int r = 0; r < roles; r++) {
            LearnerState learner = learners.get(r % learners.size());
            long started = System.nanoTime();
            long startedCpu = threads.getCurrentThreadCpuTime();
            RoutePlan plan = planner.planForRole(snapshot, learner, "r" + r, RoutePreferences.defaults());
            nanos[r] = System.nanoTime() - started;
            cpuNanos[r] = threads.getCurrentThreadCpuTime() - startedCpu;

            assertThat(plan.lowerBoundHours()).isLessThanOrEqualTo(plan.totalHours() + 1e-6);
            assertThat(plan.steps()).extracting(RouteStep::moduleId).doesNotHaveDuplicates();
            assertThat(plan.schedule().skillMilestones().size()
                            + plan.unreachable().size())
                    .as("every gapped need is either reached or reported unreachable")
                    .isEqualTo(gappedNeeds(learner, "r" + r));
            exact += plan.mode() == RouteMode.EXACT ? 1 : 0;
            gapSum += plan.lowerBoundHours() > 0 ? plan.totalHours() / plan.lowerBoundHours() : 1;
            unreachable += plan.unreachable().size();
        }
        long[] wall = Arrays.copyOfRange(nanos, 100, roles);
        long[] cpu = Arrays.copyOfRange(cpuNanos, 100, roles);
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf(
                "routes for %d roles after 100 warm-up: wall p50 %.2f ms, p95 %.2f ms; thread CPU p50 %.2f ms,"
                        + " p95 %.2f ms; exact %d; mean total/lower bound %.3f; unreachable needs %d%n",
                wall.length,
                wall[wall.length / 2] / 1e6,
                wall[wall.length * 95 / 100] / 1e6,
                cpu[cpu.length / 2] / 1e6,
                cpu[cpu.length * 95 / 100] / 1e6,
                exact,
                gapSum / roles,
                unreachable);
    }

    private static long gappedNeeds(LearnerState learner, String roleId) {
        return snapshot.roleProfile(roleId).stream()
                .filter(need -> learner.levelOf(need.skillId()) < need.level())
                .count();
    }
}
