package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Ranks the coaches of a pool for one learner: keeps those who cover at least one gap skill at the level
 * needed and may coach this learner (not themselves, not an active coach of theirs, and, by default, not in
 * their management line), and scores them with {@link CoachScorer}. Pure and thread-safe.
 */
final class CoachMatcher {

    /** Highest score first, then coach id: the order of every ranking. */
    static final Comparator<CoachCandidate> BEST_FIRST = Comparator.comparingDouble(CoachCandidate::score)
            .reversed()
            .thenComparing(c -> c.coach().id());

    /** The same order on scored coaches, before they are explained. */
    private static final Comparator<Scored> RANKING = Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(c -> c.coach().id());

    private final CoachingSettings settings;
    private final CoachScorer scorer;

    CoachMatcher(CoachingSettings settings) {
        this.settings = settings;
        this.scorer = new CoachScorer(settings);
    }

    /**
     * An eligible coach with their score; the breakdown that explains it is built on demand ({@link
     * #candidate()}), for the few candidates an answer shows.
     */
    final class Scored {
        private final LearnerContext learner;
        private final List<CoachNeed> needs;
        private final PoolCoach coach;
        private final List<CoachScorer.Match> covered;
        private final LocalDate today;
        private final double score;

        private Scored(
                LearnerContext learner,
                List<CoachNeed> needs,
                PoolCoach coach,
                List<CoachScorer.Match> covered,
                LocalDate today) {
            this.learner = learner;
            this.needs = needs;
            this.coach = coach;
            this.covered = covered;
            this.today = today;
            this.score = scorer.score(learner, needs, coach, covered, today);
        }

        PoolCoach coach() {
            return coach;
        }

        double score() {
            return score;
        }

        /** The score in integer units of 10⁻⁴, as the assignment solver optimises it. */
        long scoreUnits() {
            return Math.round(score * CoachScorer.UNITS);
        }

        /** The learner's gap skills this coach covers, in the order of the gaps. */
        List<String> skillIds() {
            return covered.stream().map(m -> m.need().skillId()).toList();
        }

        /** The candidate as answers show it, with the breakdown of its score. */
        CoachCandidate candidate() {
            return scorer.explain(learner, needs, coach, covered, today);
        }
    }

    /**
     * Every eligible coach, best first.
     *
     * @param eligiblePerSkill how many eligible coaches cover each need
     */
    record Ranking(List<Scored> scored, Map<String, Integer> eligiblePerSkill) {

        /** The best {@code k}, explained. */
        List<CoachCandidate> top(int k) {
            return scored.subList(0, Math.min(k, scored.size())).stream()
                    .map(Scored::candidate)
                    .toList();
        }

        /** All of them, explained. */
        List<CoachCandidate> candidates() {
            return top(scored.size());
        }
    }

    /** Every eligible coach, each scored and sorted: the reference the bounded ranking ({@link #ranked}) must equal. */
    Ranking rank(LearnerContext learner, List<CoachNeed> needs, Map<String, List<PoolCoach>> bySkill, LocalDate today) {
        var candidates = new ArrayList<Scored>();
        var eligible = eligible(
                learner,
                needs,
                bySkill,
                (coach, covered) -> candidates.add(new Scored(learner, needs, coach, covered, today)));
        candidates.sort(RANKING);
        return new Ranking(List.copyOf(candidates), eligible);
    }

    /**
     * The eligible coaches in ranking order, scored only as far as they are taken: each is given an upper bound on
     * its score first ({@link CoachScorer#upperBound}: the cheap components exact, proximity, place and preferences
     * counted as fully met), candidates are scored in order of falling bound, and the best scored one is released
     * only when its score beats the bound of every coach not yet scored. So the first {@code k} taken are exactly
     * the first {@code k} of {@link #rank}, ties included (a tie with a bound is scored before anything is released).
     */
    Ranked ranked(
            LearnerContext learner, List<CoachNeed> needs, Map<String, List<PoolCoach>> bySkill, LocalDate today) {
        var bounded = new ArrayList<Bounded>();
        var eligible = eligible(
                learner,
                needs,
                bySkill,
                (coach, covered) ->
                        bounded.add(new Bounded(coach, covered, scorer.upperBound(needs, coach, covered, today))));
        bounded.sort(Comparator.comparingDouble(Bounded::bound).reversed());
        return new Ranked(learner, needs, today, bounded, eligible);
    }

    private record Bounded(PoolCoach coach, List<CoachScorer.Match> covered, double bound) {}

    /**
     * Hands each coach who may coach {@code learner} and covers at least one need, with the needs covered, to
     * {@code found}, in pool order; answers how many such coaches each sought skill has.
     */
    private Map<String, Integer> eligible(
            LearnerContext learner,
            List<CoachNeed> needs,
            Map<String, List<PoolCoach>> bySkill,
            java.util.function.BiConsumer<PoolCoach, List<CoachScorer.Match>> found) {
        var coaches = new LinkedHashMap<String, PoolCoach>();
        for (var need : needs) {
            bySkill.getOrDefault(need.skillId(), List.of()).forEach(c -> coaches.putIfAbsent(c.id(), c));
        }
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
                found.accept(coach, covered);
            }
        }
        return Map.copyOf(eligible);
    }

    /** Eligible coaches released best first; see {@link #ranked}. Not thread-safe. */
    final class Ranked {
        private final LearnerContext learner;
        private final List<CoachNeed> needs;
        private final LocalDate today;
        private final List<Bounded> bounded;
        private final Map<String, Integer> eligiblePerSkill;
        private final PriorityQueue<Scored> scored = new PriorityQueue<>(RANKING);
        private int next;
        private int evaluated;

        private Ranked(
                LearnerContext learner,
                List<CoachNeed> needs,
                LocalDate today,
                List<Bounded> bounded,
                Map<String, Integer> eligiblePerSkill) {
            this.learner = learner;
            this.needs = needs;
            this.today = today;
            this.bounded = bounded;
            this.eligiblePerSkill = eligiblePerSkill;
        }

        /** How many coaches are eligible (each covers a need at the level needed and may coach the learner). */
        int eligible() {
            return bounded.size();
        }

        /** How many eligible coaches cover each need. */
        Map<String, Integer> eligiblePerSkill() {
            return eligiblePerSkill;
        }

        /** How many were scored so far (for tests and benchmarks: the bound's savings). */
        int evaluated() {
            return evaluated;
        }

        /** The next best eligible coach, or null when all were released. */
        Scored next() {
            while (true) {
                var best = scored.peek();
                if (best != null
                        && (next == bounded.size()
                                || best.score() > bounded.get(next).bound())) {
                    return scored.poll();
                }
                if (next == bounded.size()) {
                    return null;
                }
                var b = bounded.get(next++);
                scored.add(new Scored(learner, needs, b.coach(), b.covered(), today));
                evaluated++;
            }
        }

        /** The next {@code k} (fewer when fewer are left), best first. */
        List<Scored> take(int k) {
            var out = new ArrayList<Scored>(Math.min(k, bounded.size()));
            Scored s;
            while (out.size() < k && (s = next()) != null) {
                out.add(s);
            }
            return List.copyOf(out);
        }
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
