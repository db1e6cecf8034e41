package org.skillgraph.bench;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.planning.PersonGap;
import org.skillgraph.engine.planning.PlanningService;
import org.skillgraph.engine.route.RoutePlanner;

/**
 * The same gap answered two ways, side by side on the demo organisation in an embedded Neo4j reached
 * over Bolt: the snapshot path (one round trip for the person, the planner in memory) and one
 * pure-Cypher query; plus the snapshot path when its cache misses every time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GapBenchmark {

    private DemoGraph demo;
    private PlanningService planning;
    private CurriculumCache cache;
    private String[] people;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        demo = new DemoGraph();
        var graph = demo.skillgraph.graph();
        cache = new CurriculumCache(new CurriculumRepository(graph)::load);
        planning = new PlanningService(new LearnerRepository(graph), cache, new GapPlanner(), new RoutePlanner());
        people = demo.peopleWithTargets.toArray(String[]::new);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        demo.close();
    }

    private String nextPerson() {
        return people[Math.floorMod(next++, people.length)];
    }

    @Benchmark
    public PersonGap gapSnapshot() {
        return planning.gapForRole(nextPerson(), null);
    }

    @Benchmark
    public Object gapPureCypher() {
        var id = nextPerson();
        return demo.skillgraph
                .graph()
                .read(tx -> tx.run(CypherResources.statement("read/gap-cypher"), Map.of("id", id))
                        .single()
                        .asMap());
    }

    @Benchmark
    public PersonGap gapSnapshotCacheMiss() {
        cache.invalidate();
        return planning.gapForRole(nextPerson(), null);
    }
}
