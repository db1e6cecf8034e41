package org.skillgraph.engine.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.CurrentLevel;
import org.skillgraph.engine.evidence.EvidenceHistory;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;

/**
 * A person's progress: one round trip for their evidence, then readiness replayed month by month through
 * {@link LevelRules} and the gap planner on the current curriculum snapshot, the route's next steps and badge
 * milestones, overdue refreshes and the state of earned badges.
 */
public final class ProgressService {

    /** Month ends replayed before today. */
    public static final int HISTORY_MONTHS = 24;

    private static final int NEXT_STEPS = 3;

    private final GraphClient graph;
    private final CurriculumCache curriculum;
    private final GapPlanner gaps;
    private final RoutePlanner routes;
    private final LevelRules rules;
    private final Clock clock;

    public ProgressService(
            GraphClient graph,
            CurriculumCache curriculum,
            GapPlanner gaps,
            RoutePlanner routes,
            LevelRules rules,
            Clock clock) {
        this.graph = graph;
        this.curriculum = curriculum;
        this.gaps = gaps;
        this.routes = routes;
        this.rules = rules;
        this.clock = clock;
    }

    /** @throws NotFoundException when no person has this id */
    public PersonProgress progress(String personId) {
        var today = LocalDate.now(clock);
        var row = graph.readSingle(CypherResources.statement("read/person-progress"), Map.of("id", personId), r -> r);
        if (row.get("person").isNull()) {
            throw new NotFoundException("person", personId);
        }
        var snapshot = curriculum.at(row.get("version").asLong());
        var history = history(row.get("evidence"), row.get("holds"));
        var completed = Set.copyOf(row.get("completed").asList(Value::asString));
        var levelsNow = history.levelsOn(rules, today);
        var badges = badges(snapshot, row.get("earned"), levelsNow);
        var refreshes = refreshes(snapshot, levelsNow);
        var target = row.get("target");
        var targetId = target.isNull() ? null : Rows.string(target.get("role"));
        if (targetId == null || snapshot.roles().role(targetId).isEmpty()) {
            return new PersonProgress(
                    personId, today, targetId, null, null, List.of(), null, List.of(), List.of(), refreshes, badges);
        }
        var stateNow = state(levelsNow, completed);
        var gap = gaps.forRole(snapshot, stateNow, targetId);
        var points = new ArrayList<ReadinessPoint>();
        for (int m = HISTORY_MONTHS; m >= 1; m--) {
            var day = YearMonth.from(today).minusMonths(m).atEndOfMonth();
            var then = gaps.forRole(snapshot, state(history.levelsOn(rules, day), Set.of()), targetId);
            points.add(new ReadinessPoint(day, then.readiness(), then.essentialGaps()));
        }
        points.add(new ReadinessPoint(today, gap.readiness(), gap.essentialGaps()));
        var weekly = Rows.decimal(row.get("weeklyHours"));
        var preferences = weekly == null || !(weekly > 0)
                ? RoutePreferences.defaults()
                : new RoutePreferences(Set.of(), false, false, weekly);
        var plan = routes.planForRole(snapshot, stateNow, targetId, preferences);
        return new PersonProgress(
                personId,
                today,
                targetId,
                Rows.date(target.get("since")),
                gap.readiness(),
                points,
                gap,
                plan.steps().stream().limit(NEXT_STEPS).toList(),
                plan.schedule().badgeMilestones(),
                refreshes,
                badges);
    }

    private static EvidenceHistory history(Value evidence, Value holds) {
        var records = new ArrayList<EvidenceRecord>();
        for (var e : evidence.asList(v -> v)) {
            records.add(new EvidenceRecord(
                    e.get("skill").asString(),
                    source(e.get("source")),
                    Rows.integer(e.get("level"), 0),
                    Rows.date(e.get("at")),
                    null,
                    null,
                    Rows.date(e.get("expiresAt"))));
        }
        var known = EvidenceHistory.of(records);
        for (var h : holds.asList(v -> v)) {
            var at = Rows.date(h.get("at"));
            var skill = h.get("skill").asString();
            int level = Rows.integer(h.get("level"), 0);
            // A holding set without evidence counts as evidence of its own, as when levels are re-derived.
            if (at != null && !known.contains(skill, source(h.get("source")), level, at)) {
                records.add(EvidenceRecord.of(skill, source(h.get("source")), level, at));
            }
        }
        return EvidenceHistory.of(records);
    }

    private static EvidenceSource source(Value v) {
        return EvidenceSource.fromWire(Rows.string(v)).orElse(EvidenceSource.IMPORT);
    }

    private static LearnerState state(Map<String, CurrentLevel> levels, Set<String> completed) {
        var map = new HashMap<String, Integer>();
        var refresh = new HashSet<String>();
        var self = new HashSet<String>();
        levels.forEach((skill, c) -> {
            map.put(skill, c.level());
            if (c.needsRefresh()) {
                refresh.add(skill);
            }
            if (c.source() == EvidenceSource.SELF) {
                self.add(skill);
            }
        });
        return new LearnerState(map, completed, refresh, self);
    }

    private List<OverdueRefresh> refreshes(CurriculumSnapshot snapshot, Map<String, CurrentLevel> levels) {
        var overdue = new ArrayList<OverdueRefresh>();
        levels.forEach((skill, c) -> {
            if (c.needsRefresh()) {
                overdue.add(new OverdueRefresh(
                        skill,
                        name(snapshot, skill),
                        c.evidencedLevel(),
                        c.level(),
                        c.source().wireName(),
                        c.at(),
                        c.at().plus(rules.refreshAfter())));
            }
        });
        return overdue;
    }

    private static List<BadgeStatus> badges(
            CurriculumSnapshot snapshot, Value earned, Map<String, CurrentLevel> levels) {
        var statuses = new ArrayList<BadgeStatus>();
        for (var e : earned.asList(v -> v)) {
            var id = e.get("badge").asString();
            int index = snapshot.badges().badgeIndex(id);
            if (index < 0) {
                continue;
            }
            var badge = snapshot.badges().badge(index);
            var lapsed = new ArrayList<String>();
            var stale = new ArrayList<String>();
            for (var certified : badge.certifies()) {
                var c = levels.get(certified.skillId());
                if (c == null || c.evidencedLevel() < certified.level()) {
                    lapsed.add(certified.skillId());
                } else if (c.level() < certified.level()) {
                    stale.add(certified.skillId());
                }
            }
            var status = !lapsed.isEmpty() ? "lapsed" : stale.isEmpty() ? "current" : "needs-refresh";
            var weak = new ArrayList<>(lapsed);
            weak.addAll(stale);
            statuses.add(new BadgeStatus(id, badge.name(), Rows.date(e.get("at")), status, weak));
        }
        return statuses;
    }

    private static String name(CurriculumSnapshot snapshot, String skillId) {
        int index = snapshot.skillIndex(skillId);
        return index < 0 ? skillId : snapshot.skillName(index);
    }
}
