package org.skillgraph.engine.mentoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.skillgraph.engine.evidence.CurrentLevel;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.metrics.MetricsFilter;
import org.skillgraph.engine.metrics.PersonHistory;
import org.skillgraph.engine.snapshot.RoleNeed;

/**
 * Computes {@link CoachingOutcomesReport} from people's evidence histories and the pairs. Every gain is measured over
 * the days a pair ran (from a goal's first day to the pair's end, or today): a pair started today measures nothing,
 * and a colleague counts as uncoached only if no pair of theirs overlaps those days. Pure.
 */
final class OutcomeAnalysis {

    private final LevelRules rules;
    private final int minGroupSize;
    private final int minEffectSample;

    OutcomeAnalysis(LevelRules rules, int minGroupSize, int minEffectSample) {
        this.rules = rules;
        this.minGroupSize = minGroupSize;
        this.minEffectSample = minEffectSample;
    }

    /**
     * @param selected the people the filter selects (the learners analysed are among them)
     * @param everyone everyone, from whom controls are drawn
     * @param profile a role's needs
     */
    CoachingOutcomesReport compute(
            List<PersonHistory> selected,
            List<PersonHistory> everyone,
            List<OutcomePair> allPairs,
            Function<String, List<RoleNeed>> profile,
            LocalDate today,
            MetricsFilter filter) {
        var selectedIds = new HashSet<String>();
        selected.forEach(p -> selectedIds.add(p.id()));
        var pairs = allPairs.stream()
                .filter(p -> selectedIds.contains(p.learnerId()))
                .toList();
        var learners = new HashSet<String>();
        pairs.forEach(p -> learners.add(p.learnerId()));
        if (!learners.isEmpty() && learners.size() < minGroupSize) {
            return CoachingOutcomesReport.suppressed(filter, today, minGroupSize, minEffectSample);
        }
        var people = new HashMap<String, PersonHistory>();
        everyone.forEach(p -> people.put(p.id(), p));
        selected.forEach(p -> people.putIfAbsent(p.id(), p));
        var evidence = new HashMap<String, Map<String, List<EvidenceRecord>>>();
        people.forEach((id, p) -> evidence.put(id, bySkill(p.evidence())));
        var pairsOf = new HashMap<String, List<OutcomePair>>();
        allPairs.forEach(p ->
                pairsOf.computeIfAbsent(p.learnerId(), k -> new ArrayList<>()).add(p));

        var goalGains = new ArrayList<Double>();
        var controlMeans = new ArrayList<Double>();
        var matchedGains = new ArrayList<Double>();
        var matchedDiffs = new ArrayList<Double>();
        var controlPeople = new HashSet<String>();
        var reachedDays = new ArrayList<Double>();
        var ownGoal = new ArrayList<Double>();
        var ownOther = new ArrayList<Double>();
        var ownDiffs = new ArrayList<Double>();
        int goals = 0;
        int tooRecent = 0;
        int unmatched = 0;
        int notReached = 0;
        for (var pair : pairs) {
            var learner = people.get(pair.learnerId());
            var mine = evidence.getOrDefault(pair.learnerId(), Map.of());
            var until = pair.until(today);
            var pairGains = new ArrayList<Double>();
            for (var goal : pair.goals()) {
                goals++;
                var from = goal.createdOn() == null || goal.createdOn().isBefore(pair.startedOn())
                        ? pair.startedOn()
                        : goal.createdOn();
                if (!until.isAfter(from)) {
                    tooRecent++;
                    continue;
                }
                var history = mine.getOrDefault(goal.skillId(), List.of());
                int start = level(history, from);
                double gain = level(history, until) - start;
                goalGains.add(gain);
                pairGains.add(gain);
                var reached = reachedOn(history, goal.targetLevel(), from, until);
                if (reached == null) {
                    notReached++;
                } else {
                    reachedDays.add((double) ChronoUnit.DAYS.between(from, reached));
                }
                var controls = controls(learner, goal.skillId(), start, from, until, people, evidence, pairsOf);
                if (controls.isEmpty()) {
                    unmatched++;
                    continue;
                }
                double sum = 0;
                for (var c : controls) {
                    var theirs = evidence.get(c).getOrDefault(goal.skillId(), List.of());
                    sum += level(theirs, until) - start;
                }
                double controlMean = sum / controls.size();
                controlPeople.addAll(controls);
                controlMeans.add(controlMean);
                matchedGains.add(gain);
                matchedDiffs.add(gain - controlMean);
            }
            var other = otherGains(learner, mine, pairsOf.get(pair.learnerId()), pair.startedOn(), until, profile);
            if (!pairGains.isEmpty() && !other.isEmpty()) {
                double g = mean(pairGains);
                double o = mean(other);
                ownGoal.add(g);
                ownOther.add(o);
                ownDiffs.add(g - o);
            }
        }
        boolean fewControls = !controlPeople.isEmpty() && controlPeople.size() < minGroupSize;
        var matched = new CoachingOutcomesReport.MatchedComparison(
                OutcomeStats.spread(matchedGains),
                fewControls ? OutcomeStats.spread(List.of()) : OutcomeStats.spread(controlMeans),
                fewControls ? null : controlPeople.size(),
                unmatched,
                fewControls
                        ? OutcomeStats.effect(List.of(), minEffectSample)
                        : OutcomeStats.effect(matchedDiffs, minEffectSample));
        return new CoachingOutcomesReport(
                filter,
                today,
                minGroupSize,
                minEffectSample,
                false,
                pairs.size(),
                learners.size(),
                goals,
                tooRecent,
                new CoachingOutcomesReport.OwnComparison(
                        OutcomeStats.spread(ownGoal),
                        OutcomeStats.spread(ownOther),
                        OutcomeStats.effect(ownDiffs, minEffectSample)),
                matched,
                new CoachingOutcomesReport.TimeToGoal(reachedDays.size(), notReached, OutcomeStats.spread(reachedDays)),
                completion(pairs),
                load(pairs));
    }

    /**
     * Colleagues with the learner's target role, the same level of the skill on {@code from}, and no pair as a learner
     * on any day of {@code [from, until]}.
     */
    private List<String> controls(
            PersonHistory learner,
            String skillId,
            int start,
            LocalDate from,
            LocalDate until,
            Map<String, PersonHistory> people,
            Map<String, Map<String, List<EvidenceRecord>>> evidence,
            Map<String, List<OutcomePair>> pairsOf) {
        if (learner == null || learner.targetRoleId() == null) {
            return List.of();
        }
        var found = new ArrayList<String>();
        for (var p : people.values()) {
            if (p.id().equals(learner.id()) || !learner.targetRoleId().equals(p.targetRoleId())) {
                continue;
            }
            boolean coached = p.coachedBy().stream().anyMatch(s -> s.overlaps(from, until))
                    || pairsOf.getOrDefault(p.id(), List.of()).stream().anyMatch(q -> q.overlaps(from, until));
            if (!coached && level(evidence.get(p.id()).getOrDefault(skillId, List.of()), from) == start) {
                found.add(p.id());
            }
        }
        found.sort(String::compareTo);
        return found;
    }

    /** Gains over {@code [from, until]} on the target role's skills the learner lacked on {@code from}, no goal of theirs. */
    private List<Double> otherGains(
            PersonHistory learner,
            Map<String, List<EvidenceRecord>> mine,
            List<OutcomePair> theirPairs,
            LocalDate from,
            LocalDate until,
            Function<String, List<RoleNeed>> profile) {
        if (learner == null || learner.targetRoleId() == null || !until.isAfter(from)) {
            return List.of();
        }
        Set<String> goalSkills = new HashSet<>();
        theirPairs.forEach(p -> p.goals().forEach(g -> goalSkills.add(g.skillId())));
        var gains = new ArrayList<Double>();
        for (var need : profile.apply(learner.targetRoleId())) {
            if (goalSkills.contains(need.skillId())) {
                continue;
            }
            var history = mine.getOrDefault(need.skillId(), List.of());
            int start = level(history, from);
            if (start < need.level()) {
                gains.add((double) (level(history, until) - start));
            }
        }
        return gains;
    }

    /** The first day in {@code [from, until]} the level is at least {@code target}, or null. */
    private LocalDate reachedOn(List<EvidenceRecord> history, int target, LocalDate from, LocalDate until) {
        if (level(history, from) >= target) {
            return from;
        }
        var days = new TreeMap<LocalDate, Boolean>();
        history.forEach(e -> days.put(e.at(), true));
        for (var day : days.subMap(from, false, until, true).keySet()) {
            if (level(history, day) >= target) {
                return day;
            }
        }
        return null;
    }

    private static CoachingOutcomesReport.Completion completion(List<OutcomePair> pairs) {
        int active = 0;
        int completed = 0;
        int ended = 0;
        for (var p : pairs) {
            switch (p.state()) {
                case Mentorship.ACTIVE -> active++;
                case Mentorship.COMPLETED -> completed++;
                default -> ended++;
            }
        }
        Double rate = completed + ended == 0 ? null : OutcomeStats.round((double) completed / (completed + ended));
        return new CoachingOutcomesReport.Completion(active, completed, ended, rate);
    }

    private static CoachingOutcomesReport.CoachLoad load(List<OutcomePair> pairs) {
        var perCoach = new TreeMap<String, Integer>();
        for (var p : pairs) {
            perCoach.merge(p.coachId(), Mentorship.ACTIVE.equals(p.state()) ? 1 : 0, Integer::sum);
        }
        var counts = perCoach.values().stream().map(Integer::doubleValue).toList();
        int max = perCoach.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return new CoachingOutcomesReport.CoachLoad(perCoach.size(), OutcomeStats.spread(counts), max);
    }

    private int level(List<EvidenceRecord> history, LocalDate day) {
        return history.isEmpty()
                ? 0
                : rules.current(history, day).map(CurrentLevel::level).orElse(0);
    }

    private static Map<String, List<EvidenceRecord>> bySkill(List<EvidenceRecord> evidence) {
        var bySkill = new HashMap<String, List<EvidenceRecord>>();
        evidence.forEach(e ->
                bySkill.computeIfAbsent(e.skillId(), s -> new ArrayList<>()).add(e));
        return bySkill;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
