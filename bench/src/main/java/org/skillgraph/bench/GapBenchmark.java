package org.skillgraph.bench;

import java.util.ArrayList;
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
import org.skillgraph.engine.learner.Learner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.planning.PersonGap;
import org.skillgraph.engine.planning.PlanningService;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;

/**
 * The same gap, and the same one-skill route, answered two ways side by side on the demo organisation in an
 * embedded Neo4j reached over Bolt: the snapshot path (one round trip for the person, the planner in memory)
 * and one pure-Cypher query sent the same way; plus the snapshot path when its cache misses every time, and
 * the person's read alone three ways: as served (an auto-commit statement, RUN and PULL together: one round
 * trip), as the driver's executable query (BEGIN pipelined with the statement, then COMMIT: two) and as a plain
 * read transaction function (BEGIN, RUN+PULL, COMMIT: three).
 *
 * <p>The pure-Cypher route ({@code read/route-one-skill-cypher}) is the honest single-query equivalent of a
 * route to one skill at one level: the published, not yet completed modules teaching the skill at the level or
 * above; for each, its ASSUMES and the skill's REQUIRES levels the person lacks, each covered by the cheapest
 * module teaching it; the cheapest candidate wins, its prerequisite modules first. It does not do what the
 * planner does beyond that: prerequisites of prerequisites (it looks one level deep), one module covering
 * several needs across candidates, the level rules (stale evidence counting one lower), preferences, an exact
 * optimum or a bound, alternatives, unlocks and the week-by-week schedule.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GapBenchmark {

    /** What the rows measure, for the report. */
    static final String NOTE = "Each row sends one statement over Bolt as served (`GraphClient.readRows`: an"
            + " auto-commit read, RUN and PULL together, one round trip), either the person's read on the snapshot"
            + " path or the whole answer in Cypher. The person's read alone is also sent as the driver's executable"
            + " query (`personRoundTripExecutableQuery`: BEGIN pipelined with the statement, then COMMIT, two round"
            + " trips) and as a plain read transaction function (`personRoundTripTxFunction`:"
            + " BEGIN, RUN+PULL, COMMIT, three round trips). The one-skill route cases"
            + " are, per person with a target role, the first skill of that role's gap at its required level."
            + " `routeOneSkillPureCypher` (`read/route-one-skill-cypher`): the published, not yet completed modules"
            + " teaching the skill at the level or above; for each, its ASSUMES and the skill's REQUIRES levels the"
            + " person lacks, each covered by the cheapest module teaching it; the cheapest candidate wins, its"
            + " prerequisite modules first. It does not look past one level of prerequisites, share a module between"
            + " needs of different candidates, apply the level rules (stale evidence counting one lower), honour"
            + " preferences, prove an optimum or give a bound, alternatives, unlocks or a schedule, all of which"
            + " `routeOneSkillSnapshot` (the route planner after the person's round trip) does.";

    /** The executable query's settings, built once so the measured call does only the call. */
    private static final org.neo4j.driver.QueryConfig READ_ONE = org.neo4j.driver.QueryConfig.builder()
            .withRouting(org.neo4j.driver.RoutingControl.READ)
            .build();

    private DemoGraph demo;
    private PlanningService planning;
    private CurriculumCache cache;
    private LearnerRepository learners;
    private final RoutePlanner routes = new RoutePlanner();
    private String[] people;
    private String[][] oneSkill;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        demo = new DemoGraph();
        var graph = demo.skillgraph.graph();
        cache = new CurriculumCache(new CurriculumRepository(graph)::load);
        learners = new LearnerRepository(graph);
        planning = new PlanningService(learners, cache, new GapPlanner(), routes);
        people = demo.peopleWithTargets.toArray(String[]::new);
        oneSkill = oneSkillCases();
    }

    /** Per person: the first skill of their target role's gap (essential, most important first), at its level. */
    private String[][] oneSkillCases() {
        var cases = new ArrayList<String[]>();
        for (var id : people) {
            planning.gapForRole(id, null).gap().skills().stream()
                    .filter(g -> g.gap() > 0)
                    .findFirst()
                    .ifPresent(g -> cases.add(new String[] {id, g.skillId(), Integer.toString(g.requiredLevel())}));
        }
        return cases.toArray(String[][]::new);
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
        // Sent like the person's read on the snapshot path (one auto-commit statement), so only the work differs.
        return demo.skillgraph
                .graph()
                .readSingle(CypherResources.statement("read/gap-cypher"), Map.of("id", id), r -> r.asMap());
    }

    @Benchmark
    public RoutePlan routeOneSkillSnapshot() {
        var c = oneSkill[Math.floorMod(next++, oneSkill.length)];
        var learner = learners.load(c[0]);
        return routes.plan(
                cache.at(learner.graphVersion()),
                learner.state(),
                Map.of(c[1], Integer.parseInt(c[2])),
                RoutePreferences.defaults());
    }

    @Benchmark
    public Object routeOneSkillPureCypher() {
        var c = oneSkill[Math.floorMod(next++, oneSkill.length)];
        return demo.skillgraph
                .graph()
                .readSingle(
                        CypherResources.statement("read/route-one-skill-cypher"),
                        Map.of("id", c[0], "skill", c[1], "level", Integer.parseInt(c[2])),
                        r -> r.asMap());
    }

    /** The person's read as served: one auto-commit statement, one round trip. */
    @Benchmark
    public Learner personRoundTrip() {
        return learners.load(nextPerson());
    }

    /** The same statement as the driver's executable query: BEGIN+RUN+PULL pipelined, then COMMIT. */
    @Benchmark
    public Object personRoundTripExecutableQuery() {
        var id = nextPerson();
        return demo.skillgraph
                .graph()
                .driver()
                .executableQuery(CypherResources.statement("read/learner-state"))
                .withParameters(Map.of("id", id))
                .withConfig(READ_ONE)
                .execute()
                .records()
                .get(0)
                .asMap();
    }

    /** The same statement in a plain read transaction function (BEGIN, RUN+PULL, COMMIT: three round trips). */
    @Benchmark
    public Object personRoundTripTxFunction() {
        var id = nextPerson();
        return demo.skillgraph
                .graph()
                .read(tx -> tx.run(CypherResources.statement("read/learner-state"), Map.of("id", id))
                        .single()
                        .asMap());
    }

    @Benchmark
    public PersonGap gapSnapshotCacheMiss() {
        cache.invalidate();
        return planning.gapForRole(nextPerson(), null);
    }
}
