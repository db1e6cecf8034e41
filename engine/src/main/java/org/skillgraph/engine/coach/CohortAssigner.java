package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link AssignmentProblem} of a cohort from ranked candidates, solves it and explains the result:
 * who got whom for which skills, who got nobody and why, how full each coach becomes.
 */
final class CohortAssigner {

    /** A member with a gap to coach. */
    record Seeker(String learnerId, List<CoachNeed> needs) {}

    /** The answer's parts and the pairs to write on commit. */
    record Outcome(
            double totalScore,
            List<CohortAssignment.AssignedPair> assignments,
            List<CohortAssignment.UnassignedLearner> unassigned,
            List<CohortAssignment.CoachUtilisation> utilisation,
            int truncatedPools,
            List<PlannedPair> pairs) {}

    private final CoachingSettings settings;
    private final CoachMatcher matcher;
    private final AssignmentSolver solver;

    CohortAssigner(CoachingSettings settings, CoachMatcher matcher, AssignmentSolver solver) {
        this.settings = settings;
        this.matcher = matcher;
        this.solver = solver;
    }

    Outcome assign(List<Seeker> seekers, CoachPool pool, LocalDate today) {
        var bySkill = pool.bySkill();
        var slots = new ArrayList<AssignmentProblem.Slot>();
        var options = new ArrayList<AssignmentProblem.Option>();
        var candidates = new HashMap<String, CoachMatcher.Scored>();
        var unassigned = new ArrayList<CohortAssignment.UnassignedLearner>();
        var withOptions = new ArrayList<String>();
        int truncated = 0;
        for (var seeker : seekers) {
            var learner = pool.learners().get(seeker.learnerId());
            if (learner == null) {
                // Deleted between the two round trips of this request.
                unassigned.add(new CohortAssignment.UnassignedLearner(
                        seeker.learnerId(), "no-candidates", "no longer in the graph"));
                continue;
            }
            var covered = new HashSet<String>();
            learner.coachedBy().values().forEach(covered::addAll);
            var open = seeker.needs().stream()
                    .filter(n -> !covered.contains(n.skillId()))
                    .toList();
            int places = settings.maxCoachesPerLearner() - learner.coachedBy().size();
            if (open.isEmpty() || places <= 0) {
                unassigned.add(new CohortAssignment.UnassignedLearner(
                        learner.id(),
                        "already-coached",
                        learner.coachedBy().size()
                                + " active coach(es) or pending requests cover the gap or reach the maximum of "
                                + settings.maxCoachesPerLearner()));
                continue;
            }
            var ranked = matcher.ranked(learner, open, bySkill, today);
            if (ranked.eligible() == 0) {
                unassigned.add(new CohortAssignment.UnassignedLearner(
                        learner.id(),
                        "no-candidates",
                        "nobody eligible holds " + String.join(", ", ids(open)) + " at the level needed"));
                continue;
            }
            var kept = pooled(ranked, open);
            truncated += kept.size() < ranked.eligible() ? 1 : 0;
            slots.add(new AssignmentProblem.Slot(learner.id(), ids(open), places));
            withOptions.add(learner.id());
            for (var c : kept) {
                options.add(new AssignmentProblem.Option(learner.id(), c.coach().id(), c.scoreUnits(), c.skillIds()));
                candidates.put(key(learner.id(), c.coach().id()), c);
            }
        }
        var capacities = new HashMap<String, Integer>();
        pool.coaches().forEach(c -> capacities.put(c.id(), c.remaining()));
        var solution = solver.solve(new AssignmentProblem(slots, options, capacities));
        return outcome(solution, candidates, withOptions, unassigned, pool, truncated);
    }

    /**
     * The best {@code poolPerSkill} candidates for each gap skill (a candidate may be kept for several), taken in
     * ranking order until every gap skill has its share: no candidate after that could be kept, so none is scored.
     */
    private List<CoachMatcher.Scored> pooled(CoachMatcher.Ranked ranked, List<CoachNeed> open) {
        var perSkill = new HashMap<String, Integer>();
        var kept = new ArrayList<CoachMatcher.Scored>();
        int full = 0;
        CoachMatcher.Scored c;
        while (full < open.size() && (c = ranked.next()) != null) {
            boolean keep = false;
            for (var s : c.skillIds()) {
                int n = perSkill.merge(s, 1, Integer::sum);
                if (n <= settings.poolPerSkill()) {
                    keep = true;
                    full += n == settings.poolPerSkill() ? 1 : 0;
                }
            }
            if (keep) {
                kept.add(c);
            }
        }
        return kept;
    }

    private static Outcome outcome(
            AssignmentSolution solution,
            Map<String, CoachMatcher.Scored> candidates,
            List<String> withOptions,
            List<CohortAssignment.UnassignedLearner> unassigned,
            CoachPool pool,
            int truncated) {
        var assignments = new ArrayList<CohortAssignment.AssignedPair>();
        var pairs = new ArrayList<PlannedPair>();
        var assignedTo = new TreeMap<String, Integer>();
        var served = new HashSet<String>();
        for (var choice : solution.pairs()) {
            var c = candidates.get(key(choice.learnerId(), choice.coachId())).candidate();
            var skills = c.skills().stream()
                    .filter(s -> choice.skills().contains(s.skillId()))
                    .toList();
            assignments.add(
                    new CohortAssignment.AssignedPair(choice.learnerId(), c.coach(), c.score(), skills, c.breakdown()));
            pairs.add(new PlannedPair(choice.coachId(), choice.learnerId(), choice.skills()));
            assignedTo.merge(choice.coachId(), 1, Integer::sum);
            served.add(choice.learnerId());
        }
        assignments.sort(Comparator.comparing(CohortAssignment.AssignedPair::learnerId)
                .thenComparing(Comparator.comparingDouble(CohortAssignment.AssignedPair::score)
                        .reversed())
                .thenComparing(p -> p.coach().id()));
        var all = new ArrayList<>(unassigned);
        withOptions.stream()
                .filter(id -> !served.contains(id))
                .forEach(id -> all.add(new CohortAssignment.UnassignedLearner(
                        id,
                        "coaches-taken",
                        "every eligible coach's places go to other members in the best overall assignment")));
        all.sort(Comparator.comparing(CohortAssignment.UnassignedLearner::learnerId));
        var coaches = new LinkedHashMap<String, PoolCoach>();
        pool.coaches().forEach(c -> coaches.put(c.id(), c));
        var utilisation = new ArrayList<CohortAssignment.CoachUtilisation>();
        assignedTo.forEach((id, n) -> {
            var coach = coaches.get(id);
            utilisation.add(new CohortAssignment.CoachUtilisation(
                    id, coach.profile().name(), coach.capacity(), coach.active(), n, coach.remaining() - n));
        });
        double total = solution.totalScore() / (double) CoachScorer.UNITS;
        return new Outcome(total, assignments, all, utilisation, truncated, pairs);
    }

    private static List<String> ids(List<CoachNeed> needs) {
        return needs.stream().map(CoachNeed::skillId).toList();
    }

    private static String key(String learnerId, String coachId) {
        return learnerId + "\u0000" + coachId;
    }
}
