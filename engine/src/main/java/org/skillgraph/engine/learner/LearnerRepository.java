package org.skillgraph.engine.learner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.crosswalk.ExactMatches;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.HeldLevels;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.feed.ChangeFeed;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.GraphInfo;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * Reads a person's levels, completions and roles, plus the graph version, in one round trip. The stored
 * {@code HOLDS} keeps the evidenced level; the levels handed to the planners are decided by {@link LevelRules}
 * on the clock's day, so a level older than the refresh period counts one lower and is flagged.
 */
public final class LearnerRepository {

    private final GraphClient graph;
    private final LevelRules rules;
    private final Clock clock;
    private final LearnerCache cache;
    private final ChangeFeed feed;

    /** Default rules on the system clock (UTC). */
    public LearnerRepository(GraphClient graph) {
        this(graph, LevelRules.defaults(), Clock.systemUTC());
    }

    /** Reads every learner from the graph (no cache). */
    public LearnerRepository(GraphClient graph, LevelRules rules, Clock clock) {
        this(graph, rules, clock, null, null);
    }

    /**
     * Keeps learners in {@code cache} and takes the curriculum version from {@code feed} while it is current; both
     * {@code null} for none.
     */
    public LearnerRepository(GraphClient graph, LevelRules rules, Clock clock, ChangeFeed feed, LearnerCache cache) {
        this.graph = graph;
        this.rules = rules;
        this.clock = clock;
        this.feed = feed;
        this.cache = cache;
    }

    private record Read(Learner learner, long seq) {}

    /** @throws NotFoundException when no person has this id */
    public Learner load(String personId) {
        var today = LocalDate.now(clock);
        if (cache != null) {
            var kept = cache.get(personId, today);
            if (kept.isPresent()) {
                return kept.get();
            }
        }
        // The hot path of every gap and route request on a miss: one statement, one round trip (see readRows).
        var read = graph.readSingle(
                CypherResources.statement("read/learner-state"),
                Map.of("id", personId),
                r -> r.get("person").isNull()
                        ? null
                        : new Read(
                                learner(personId, r.get("version").asLong(), r),
                                r.get("seq").asLong()));
        if (read == null) {
            throw new NotFoundException("person", personId);
        }
        if (cache != null) {
            cache.put(read.learner(), read.seq(), today);
        }
        return read.learner();
    }

    /**
     * Every member of a cohort, in id order, read in one round trip with the graph version.
     *
     * @throws NotFoundException when no cohort has this id
     */
    public List<Learner> loadCohort(String cohortId) {
        var learners = graph.readSingle(
                CypherResources.statement("read/cohort-learner-states"),
                Map.of("id", cohortId),
                r -> r.get("found").asBoolean() ? learners(r) : null);
        if (learners == null) {
            throw new NotFoundException("cohort", cohortId);
        }
        return learners;
    }

    /**
     * The people with these ids, in id order, read in one round trip with the graph version; ids of nobody
     * are left out (the caller compares).
     */
    public List<Learner> loadPeople(List<String> personIds) {
        return graph.readSingle(
                CypherResources.statement("read/people-learner-states"), Map.of("ids", personIds), this::learners);
    }

    /** Every person with a target role, in id order, read in one round trip (the validation's dead ends). */
    public List<Learner> loadTargeting() {
        return graph.readSingle(CypherResources.statement("read/targeting-learner-states"), Map.of(), this::learners);
    }

    /**
     * Everyone with target role {@code role}, in cohort {@code cohort} and of department {@code department}
     * (each {@code null} for any; they combine), in id order, in one round trip with the graph version.
     *
     * @throws NotFoundException when a role or cohort is named that does not exist
     */
    public LearnerPopulation loadPopulation(String role, String cohort, String department) {
        var params = new java.util.HashMap<String, Object>();
        params.put("role", role);
        params.put("cohort", cohort);
        params.put("department", department);
        return graph.readSingle(CypherResources.statement("read/population-learner-states"), params, r -> {
            if (!r.get("roleFound").asBoolean()) {
                throw new NotFoundException("role", role);
            }
            if (!r.get("cohortFound").asBoolean()) {
                throw new NotFoundException("cohort", cohort);
            }
            return new LearnerPopulation(r.get("version").asLong(), learners(r));
        });
    }

    /** {@code Meta.version} alone, for requests that bring their own learner state. */
    public long graphVersion() {
        // The feed polls Meta.version anyway: while it is current, a request needs no read of its own.
        if (feed != null && feed.current() && feed.curriculumVersion() >= 0) {
            return feed.curriculumVersion();
        }
        return new GraphInfo(graph).version();
    }

    /** Maps a row with the graph version and a list of learner maps. */
    private List<Learner> learners(MapAccessor r) {
        long version = r.get("version").asLong();
        return r.get("learners").asList(l -> learner(l.get("id").asString(), version, l));
    }

    /**
     * Maps a row or map with role, targetRole, holds ([skill, level, source, at]), matches ([skill, [matched
     * skills]]), completed and weeklyHours.
     */
    private Learner learner(String personId, long version, MapAccessor r) {
        var held = HeldLevels.of(r.get("holds").asList(v -> v), rules, LocalDate.now(clock));
        var completed = new HashSet<>(r.get("completed").asList(Value::asString));
        if (r.get("matches").isNull()) {
            // Every learner-state read must give the crosswalk classes, or gap and the dead-end check disagree.
            throw new IllegalStateException("A learner-state read gave no 'matches' for " + personId);
        }
        var classes = new java.util.HashMap<String, List<String>>();
        r.get("matches").asList(v -> v).forEach(m -> classes.put(m.get(0).asString(), Rows.strings(m.get(1))));
        return new Learner(
                personId,
                version,
                Rows.string(r.get("role")),
                Rows.string(r.get("targetRole")),
                Rows.decimal(r.get("weeklyHours")),
                ExactMatches.apply(
                        new LearnerState(held.levels(), completed, held.needsRefresh(), held.selfAssessed()), classes));
    }
}
