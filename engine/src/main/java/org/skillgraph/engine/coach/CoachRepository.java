package org.skillgraph.engine.coach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.coachindex.CoachIndex;
import org.skillgraph.engine.coachindex.IndexedPool;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/** Reads coach candidates (one round trip for any number of learners) and the coaches of one skill. */
final class CoachRepository {

    private final GraphClient graph;
    private final LevelRules rules;
    private final Clock clock;
    private final OrgCharts charts;
    private final List<String> tooWeak;
    private final CoachIndex<CoachingPreferences> index;

    /**
     * @param tooWeak evidence sources whose levels cannot make a coach (a self-rating, by default)
     * @param index the node's coach candidate index, or null to read every pool from the graph
     */
    CoachRepository(
            GraphClient graph,
            LevelRules rules,
            Clock clock,
            List<String> tooWeak,
            CoachIndex<CoachingPreferences> index) {
        this.graph = graph;
        this.tooWeak = List.copyOf(tooWeak);
        this.rules = rules;
        this.clock = clock;
        this.charts = new OrgCharts(this::orgChart);
        this.index = index;
    }

    /** Forgets the cached reporting lines. */
    void forgetOrgChart() {
        charts.invalidate();
    }

    private OrgChart orgChart() {
        return graph.readSingle(CypherResources.statement("read/org-chart"), Map.of(), row -> {
            var managers = new HashMap<String, String>();
            row.get("lines")
                    .asList(v -> v)
                    .forEach(l -> managers.put(l.get(0).asString(), l.get(1).asString()));
            return new OrgChart(row.get("orgVersion").asLong(), managers);
        });
    }

    /**
     * Opted-in people with free capacity holding any of the skills, or an exact match of it (crosswalk), at its
     * level or above, with evidence dated {@code since} or later, plus the context of each learner. A coach's
     * evidence is keyed by sought skill; where it is held through a match, {@link Evidence#heldAs()} says which.
     *
     * @param minLevels skill id to the lowest level any learner needs of a coach
     */
    CoachPool pool(Map<String, Integer> minLevels, LocalDate since, List<String> learnerIds) {
        if (index != null) {
            var now = clock.instant();
            var indexed = index.pool(minLevels, since, learnerIds, now);
            // A learner the index does not know yet (created through another node since its last poll) is read
            // from the graph with everyone else, rather than answered as nobody.
            if (indexed.isPresent()
                    && indexed.get().learners().size()
                            == learnerIds.stream().distinct().count()) {
                return fromIndex(indexed.get(), minLevels.keySet(), now);
            }
        }
        return fromGraph(minLevels, since, learnerIds);
    }

    /** The pool as the graph answers it now (the oracle of the index, and its fallback). */
    CoachPool fromGraph(Map<String, Integer> minLevels, LocalDate since, List<String> learnerIds) {
        var parameters = Map.<String, Object>of(
                "skillIds",
                List.copyOf(minLevels.keySet()),
                "minLevels",
                Map.copyOf(minLevels),
                "lowest",
                minLevels.values().stream().mapToInt(Integer::intValue).min().orElse(0),
                "since",
                since,
                "learners",
                learnerIds,
                "tooWeak",
                tooWeak,
                "now",
                now());
        var row = graph.readSingle(CypherResources.statement("read/coach-pool"), parameters, r -> r);
        var chart = charts.at(row.get("orgVersion").asLong());
        var learners = new HashMap<String, LearnerContext>();
        row.get("learners").asList(v -> v).forEach(l -> {
            var coachedBy = new HashMap<String, List<String>>();
            l.get("coachedBy")
                    .asList(v -> v)
                    .forEach(c -> coachedBy.put(c.get("coach").asString(), Rows.strings(c.get("skills"))));
            var id = l.get("id").asString();
            learners.put(
                    id,
                    new LearnerContext(
                            id,
                            Rows.string(l.get("location")),
                            Rows.string(l.get("timezone")),
                            chart.chain(id),
                            coachedBy,
                            Rows.string(l.get("department")),
                            PreferenceRows.of(l)));
        });
        var matches = new HashMap<String, List<String>>();
        row.get("matches")
                .asList(v -> v)
                .forEach(m -> matches.computeIfAbsent(m.get(0).asString(), k -> new ArrayList<>())
                        .add(m.get(1).asString()));
        var today = LocalDate.now(clock);
        var coaches = row.get("coaches").asList(c -> coach(c, today, chart, minLevels.keySet(), matches));
        return new CoachPool(learners, coaches);
    }

    /** The same pool from the index: the mapping of the graph's rows, step for step. */
    private CoachPool fromIndex(IndexedPool<CoachingPreferences> pool, Set<String> sought, java.time.Instant now) {
        var chart = charts.at(pool.orgVersion());
        var learners = new HashMap<String, LearnerContext>();
        for (var l : pool.learners()) {
            learners.put(
                    l.id(),
                    new LearnerContext(
                            l.id(),
                            l.location(),
                            l.timezone(),
                            chart.chain(l.id()),
                            l.coachedBy(now),
                            l.department(),
                            l.extras()));
        }
        var today = LocalDate.now(clock);
        var coaches = new ArrayList<PoolCoach>(pool.coaches().size());
        for (var c : pool.coaches()) {
            var p = c.person();
            var holds = new HashMap<String, Evidence>();
            for (var h : c.holds()) {
                int level = h.level();
                if (level > 0) {
                    level = rules.decideHold(h.skillId(), h.source(), level, h.at(), today)
                            .level();
                }
                holds.put(h.skillId(), new Evidence(h.skillId(), level, h.source(), h.at()));
            }
            coaches.add(new PoolCoach(
                    new CoachProfile(p.id(), p.name(), p.department(), p.location(), p.timezone()),
                    p.capacity(),
                    c.active(),
                    chart.chain(p.id()),
                    MatchedHolds.lift(holds, sought, pool.matches()),
                    p.extras()));
        }
        return new CoachPool(learners, coaches);
    }

    /**
     * The coaches of a skill from the index, with the curriculum version the index was built at (for the skill's
     * name); empty when the index cannot answer.
     */
    Optional<IndexedHolders> indexedHolders(String skillId, int minLevel, LocalDate since) {
        if (index == null) {
            return Optional.empty();
        }
        var version = index.version();
        return index.holders(skillId, minLevel, since, clock.instant())
                .flatMap(found -> version.map(v -> new IndexedHolders(
                        v,
                        found.stream()
                                .map(h -> new SkillCoaches.Holder(
                                        new CoachProfile(
                                                h.person().id(),
                                                h.person().name(),
                                                h.person().department(),
                                                h.person().location(),
                                                h.person().timezone()),
                                        h.holding().level(),
                                        h.holding().source(),
                                        h.holding().at(),
                                        h.person().capacity(),
                                        Math.max(0, h.person().capacity() - h.active())))
                                .toList())));
    }

    /** Coaches of a skill read from the index built at curriculum {@code version}. */
    record IndexedHolders(long version, List<SkillCoaches.Holder> holders) {}

    private PoolCoach coach(
            Value c, LocalDate today, OrgChart chart, Set<String> sought, Map<String, List<String>> matches) {
        var holds = new HashMap<String, Evidence>();
        c.get("holds").asList(v -> v).forEach(h -> {
            var skill = h.get("skill").asString();
            var source = Rows.string(h.get("source"));
            var at = Rows.date(h.get("at"));
            int level = Rows.integer(h.get("level"), 0);
            if (at != null && level > 0) {
                // A stale level counts one lower for coaching too, so the matcher never trusts it at full strength.
                level = rules.decideHold(skill, source, level, at, today).level();
            }
            holds.put(skill, new Evidence(skill, level, source, at));
        });
        return new PoolCoach(
                profile(c),
                Rows.integer(c.get("capacity"), 0),
                Rows.integer(c.get("active"), 0),
                chart.chain(c.get("id").asString()),
                MatchedHolds.lift(holds, sought, matches),
                PreferenceRows.of(c));
    }

    /** The name of the skill and every opted-in holder at {@code minLevel} or above; empty if no such skill. */
    Optional<SkillHolders> holders(String skillId, int minLevel, LocalDate since) {
        var parameters = Map.<String, Object>of(
                "skill", skillId, "minLevel", minLevel, "since", since, "tooWeak", tooWeak, "now", now());
        return graph.readOptional(
                CypherResources.statement("read/skill-coaches"),
                parameters,
                r -> new SkillHolders(
                        Rows.string(r.get("name")),
                        r.get("coaches")
                                .asList(c -> new SkillCoaches.Holder(
                                        profile(c),
                                        Rows.integer(c.get("level"), 0),
                                        Rows.string(c.get("source")),
                                        Rows.date(c.get("at")),
                                        Rows.integer(c.get("capacity"), 0),
                                        Math.max(
                                                0,
                                                Rows.integer(c.get("capacity"), 0)
                                                        - Rows.integer(c.get("active"), 0))))));
    }

    /** A skill's name and its coaches, strongest first. */
    record SkillHolders(String name, List<SkillCoaches.Holder> holders) {}

    private static CoachProfile profile(Value c) {
        return new CoachProfile(
                c.get("id").asString(),
                Rows.string(c.get("name")),
                Rows.string(c.get("department")),
                Rows.string(c.get("location")),
                Rows.string(c.get("timezone")));
    }

    /** Now, for the coaching requests that hold a place until they expire. */
    private java.time.ZonedDateTime now() {
        return clock.instant().atZone(java.time.ZoneOffset.UTC);
    }
}
