package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the coaches of a pool for one learner: keeps those who cover at least one gap skill at the level
 * needed and may coach this learner (not themselves, not an active coach of theirs, and, by default, not in
 * their management line), and scores them with {@link CoachScorer}. Pure and thread-safe.
 */
final class CoachMatcher {

    static final Comparator<CoachCandidate> BEST_FIRST = Comparator.comparingDouble(CoachCandidate::score)
            .reversed()
            .thenComparing(c -> c.coach().id());

    private final CoachingSettings settings;
    private final CoachScorer scorer;

    CoachMatcher(CoachingSettings settings) {
        this.settings = settings;
        this.scorer = new CoachScorer(settings);
    }

    /**
     * Every eligible coach, best first.
     *
     * @param eligiblePerSkill how many eligible coaches cover each need
     */
    record Ranking(List<CoachCandidate> candidates, Map<String, Integer> eligiblePerSkill) {}

    Ranking rank(LearnerContext learner, List<CoachNeed> needs, Map<String, List<PoolCoach>> bySkill, LocalDate today) {
        var coaches = new LinkedHashMap<String, PoolCoach>();
        for (var need : needs) {
            bySkill.getOrDefault(need.skillId(), List.of()).forEach(c -> coaches.putIfAbsent(c.id(), c));
        }
        var candidates = new ArrayList<CoachCandidate>();
        var eligible = new HashMap<String, Integer>();
        for (var coach : coaches.values()) {
            if (!mayCoach(learner, coach)) {
                continue;
            }
            var covered = new ArrayList<CoachScorer.Match>();
            for (var need : needs) {
                var evidence = coach.holds().get(need.skillId());
                if (evidence != null && evidence.level() >= need.minCoachLevel()) {
                    covered.add(new CoachScorer.Match(need, evidence));
                    eligible.merge(need.skillId(), 1, Integer::sum);
                }
            }
            if (!covered.isEmpty()) {
                candidates.add(scorer.score(learner, needs, coach, covered, today));
            }
        }
        candidates.sort(BEST_FIRST);
        return new Ranking(List.copyOf(candidates), Map.copyOf(eligible));
    }

    private boolean mayCoach(LearnerContext learner, PoolCoach coach) {
        if (coach.id().equals(learner.id())
                || coach.remaining() <= 0
                || learner.coachedBy().containsKey(coach.id())) {
            return false;
        }
        return !(settings.excludeManagementLine() && OrgDistance.inLine(learner.chain(), coach.chain()));
    }
}
