package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.skillgraph.engine.evidence.EvidenceRecord;

/**
 * The computation as it was before per-person facts, kept as the oracle that {@code MetricsFactsProperties} pins
 * the facts to.
 * Retention of levels, computed from evidence histories (pure). A level is "reached" on a day when the level
 * {@link org.skillgraph.engine.evidence.LevelRules} gives rises to it; it is "still current" {@code h} days
 * later when the rules then give at least that level. Only levels reached at least {@code h} days before
 * {@code asOf} are observed at horizon {@code h}, so recent levels do not flatter the share.
 */
final class RetentionOracle {

    private RetentionOracle() {}

    private record Reached(String personId, SkillTimeline timeline, SkillTimeline.Rise rise) {}

    public static RetentionReport compute(
            List<PersonHistory> people, LocalDate asOf, MetricsFilter filter, MetricsSettings settings) {
        var reached = new ArrayList<Reached>();
        for (var person : people) {
            var bySkill = new TreeMap<String, List<EvidenceRecord>>();
            person.evidence()
                    .forEach(e -> bySkill.computeIfAbsent(e.skillId(), s -> new ArrayList<>())
                            .add(e));
            for (var history : bySkill.values()) {
                var timeline = new SkillTimeline(history, settings.rules());
                timeline.rises(asOf).forEach(r -> reached.add(new Reached(person.id(), timeline, r)));
            }
        }
        var horizons = new ArrayList<RetentionReport.Horizon>();
        for (int days : settings.horizons()) {
            horizons.add(horizon(days, reached, asOf, settings.minGroupSize()));
        }
        int min = settings.minGroupSize();
        return new RetentionReport(
                asOf,
                filter,
                min,
                Stats.unlessFew(people.size(), min, people.size()),
                Stats.unlessFew(people.size(), min, reached.size()),
                horizons);
    }

    private static RetentionReport.Horizon horizon(int days, List<Reached> reached, LocalDate asOf, int minGroup) {
        int observed = 0;
        int retained = 0;
        Set<String> people = new HashSet<>();
        for (var r : reached) {
            var later = r.rise().day().plusDays(days);
            if (later.isAfter(asOf)) {
                continue;
            }
            observed++;
            people.add(r.personId());
            if (r.timeline().levelOn(later) >= r.rise().level()) {
                retained++;
            }
        }
        if (people.size() < minGroup) {
            return new RetentionReport.Horizon(days, true, null, null, null, null);
        }
        return new RetentionReport.Horizon(
                days, false, observed, retained, Stats.ratio(retained, observed), people.size());
    }
}
