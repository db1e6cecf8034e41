package org.skillgraph.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.gap.GapReport;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * Planners in process on an ESCO-scale curriculum (≈14k skills, ≈3k roles, ≈125k needs, ≈20k modules,
 * fixed seed): a learner who holds part of a role's profile asks for the route to that role.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RouteBenchmark {

    private static final int CASES = 256;

    private org.skillgraph.seed.bundle.Bundle bundle;
    private CurriculumSnapshot snapshot;
    private final RoutePlanner routes = new RoutePlanner();
    private final GapPlanner gaps = new GapPlanner();
    private String[] roles;
    private LearnerState[] learners;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        bundle = new SyntheticOrganisation(42, SyntheticOrganisation.ESCO_CURRICULUM).generate();
        snapshot = SnapshotFromBundle.of(bundle, 1);
        var random = new SplittableRandom(7);
        roles = new String[CASES];
        learners = new LearnerState[CASES];
        for (int i = 0; i < CASES; i++) {
            var role = bundle.roles().get(random.nextInt(bundle.roles().size()));
            var levels = new HashMap<String, Integer>();
            for (var need : role.needs()) {
                if (random.nextBoolean()) {
                    levels.put(need.skill(), random.nextInt(need.level() + 1));
                }
            }
            roles[i] = role.id();
            learners[i] = new LearnerState(levels, Set.of());
        }
    }

    @Benchmark
    public RoutePlan routeToRole() {
        int i = next++ & (CASES - 1);
        return routes.planForRole(snapshot, learners[i], roles[i], RoutePreferences.defaults());
    }

    @Benchmark
    public GapReport gapToRole() {
        int i = next++ & (CASES - 1);
        return gaps.forRole(snapshot, learners[i], roles[i]);
    }

    /** Building the snapshot from already-read rows: the in-memory part of what a cache miss pays. */
    @Benchmark
    public CurriculumSnapshot buildSnapshot() {
        return SnapshotFromBundle.of(bundle, 2);
    }

    static List<String> names() {
        return List.of("routeToRole", "gapToRole", "buildSnapshot");
    }
}
