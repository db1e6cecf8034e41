package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.skillgraph.engine.budget.BudgetMeter;
import org.skillgraph.engine.budget.BudgetUse;
import org.skillgraph.engine.budget.PlanningBudget;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.RoleNeed;
import org.skillgraph.engine.snapshot.UnknownTargetException;

/**
 * Plans the cheapest learning route from a learner's levels to target levels.
 *
 * <p><b>Problem.</b> Choose published, allowed, not yet completed modules and an order such that every
 * target level is reached; a module starts only once its ASSUMES levels are held, and, for each skill it
 * raises (teaches above the level held at that moment), once that skill's direct REQUIRES prerequisites are
 * held; total hours are minimal. Completing a module sets each taught skill to the max of its level and the
 * taught level. Prerequisites of gapped skills are thereby implied targets.
 *
 * <p><b>Key observation.</b> Levels only rise and both entry rules only relax as levels rise, so applicability
 * is monotone: a set of modules is feasible exactly when the greedy fixpoint "apply any applicable module of
 * the set" applies them all and reaches the targets. The planner therefore searches over sets (as fact
 * states) and derives the order from the fixpoint (modules that unlock others first, then fewest hours, then
 * id). Everything the allowed modules can reach at all is the fixpoint of all of them: targets beyond it are
 * reported {@linkplain UnreachableTarget unreachable} and the rest is still planned.
 *
 * <p><b>Candidates.</b> Modules that reach a level some target needs, transitively through prerequisites
 * and entry levels, that can become applicable at all, and that no other candidate dominates (needs no more,
 * reaches no less, costs no more).
 *
 * <p><b>Modes.</b> A {@linkplain Heuristic heuristic} route comes first: greedy construction with backward
 * chaining, redundancy elimination, local improvement. With at most {@code exactThreshold} candidates, branch
 * and bound over fact states then either finds a cheaper route or proves this one optimal
 * ({@link RouteMode#EXACT}), usually at the root when the {@linkplain LowerBound lower bound} (a landmark
 * covering bound and LM-cut, both admissible) meets the heuristic's cost. Beyond the threshold, or when the
 * search expands more than the {@linkplain PlanningBudget budget's} search nodes, the heuristic route stands
 * ({@link RouteMode#HEURISTIC}) and a note says why. Either way the plan carries the lower bound over the whole
 * problem, so callers see the optimality gap; a heuristic route whose cost meets that bound is
 * {@linkplain RoutePlan#provenOptimal() proven optimal} all the same. Optional modules follow
 * {@link RoutePreferences}.
 *
 * <p><b>Budget.</b> Each plan counts what it spends ({@link BudgetUse}, in the answer): search nodes, and work
 * (modules walked by feasibility checks) for improving the heuristic route and finding each step's
 * alternative. When a limit is reached the plan still answers a valid route with its lower bound, says which
 * limit ran out, and leaves out what it could not afford (the proof of optimality, further improvement, the
 * remaining steps' alternatives).
 *
 * <p>Stateless and thread-safe.
 */
public final class RoutePlanner {

    /** Candidate count up to which routes are proven optimal. */
    public static final int DEFAULT_EXACT_THRESHOLD = 24;

    /** Work (modules walked by feasibility checks) local improvement may spend: about a millisecond at ESCO scale. */
    static final long IMPROVEMENT_BUDGET = 25_000;

    private final int exactThreshold;
    private final PlanningBudget budget;

    /** A planner with {@link #DEFAULT_EXACT_THRESHOLD} and the default {@link PlanningBudget}. */
    public RoutePlanner() {
        this(DEFAULT_EXACT_THRESHOLD, PlanningBudget.defaults());
    }

    /** A planner with {@link #DEFAULT_EXACT_THRESHOLD} and {@code budget} for every plan. */
    public RoutePlanner(PlanningBudget budget) {
        this(DEFAULT_EXACT_THRESHOLD, budget);
    }

    /**
     * @param exactThreshold largest candidate count searched exactly; 0 always uses the heuristic
     * @param nodeBudget nodes the exact search may expand before falling back
     */
    public RoutePlanner(int exactThreshold, long nodeBudget) {
        this(exactThreshold, PlanningBudget.defaults().withSearchNodes(nodeBudget));
    }

    /**
     * @param exactThreshold largest candidate count searched exactly; 0 always uses the heuristic
     * @param budget what each plan may spend
     */
    public RoutePlanner(int exactThreshold, PlanningBudget budget) {
        if (exactThreshold < 0) {
            throw new IllegalArgumentException("exactThreshold must be ≥ 0, was " + exactThreshold);
        }
        this.exactThreshold = exactThreshold;
        this.budget = java.util.Objects.requireNonNull(budget, "budget");
    }

    /** The budget every plan of this planner gets. */
    public PlanningBudget budget() {
        return budget;
    }

    /**
     * Plans a route to {@code targets} (skill id to required level).
     *
     * @throws UnknownTargetException when a target skill id is unknown
     * @throws IllegalArgumentException when a target level is off the 0–5 scale
     */
    public RoutePlan plan(
            CurriculumSnapshot snapshot,
            LearnerState learner,
            Map<String, Integer> targets,
            RoutePreferences preferences) {
        BudgetMeter meter = budget.start();
        LearnerLevels start = new LearnerLevels(snapshot, learner);
        RouteSetup setup = RouteSetup.prepare(snapshot, start, targets, preferences);
        RouteProblem problem = setup.problem;
        int[] candidates = Dominance.undominated(problem);
        LowerBound bound = new LowerBound(problem, candidates);
        List<String> notes = new ArrayList<>();
        Heuristic heuristic = new Heuristic(problem, candidates, IMPROVEMENT_BUDGET, meter);
        boolean[] chosen = heuristic.run();
        long explored = heuristic.evaluations();
        RouteMode mode = RouteMode.HEURISTIC;
        if (candidates.length <= exactThreshold) {
            ExactSearch.Result exact = new ExactSearch(problem, candidates, bound).run(chosen, meter);
            if (exact.chosen() != null) {
                chosen = exact.chosen();
                explored = exact.expanded();
                mode = RouteMode.EXACT;
            } else {
                explored += exact.expanded();
                String limit = meter.ranOutOf(BudgetUse.Limit.SEARCH_NODES) ? "search-nodes" : "time";
                notes.add("exact search stopped after " + exact.expanded() + " nodes (the " + limit
                        + " budget ran out); the route is heuristic");
            }
        } else {
            notes.add(candidates.length + " candidate modules exceed the exact threshold of " + exactThreshold
                    + "; the route is heuristic");
        }
        boolean proven = mode == RouteMode.EXACT || bound.proves(chosen);
        return assemble(
                snapshot, start, setup, chosen, mode, proven, bound, explored, notes, preferences.weeklyHours(), meter);
    }

    /**
     * Plans a route to everything role {@code roleId} needs.
     *
     * @throws UnknownTargetException when the role is unknown
     */
    public RoutePlan planForRole(
            CurriculumSnapshot snapshot, LearnerState learner, String roleId, RoutePreferences preferences) {
        if (snapshot.roles().role(roleId).isEmpty()) {
            throw new UnknownTargetException("role", roleId);
        }
        Map<String, Integer> targets = new HashMap<>();
        for (RoleNeed need : snapshot.roleProfile(roleId)) {
            targets.put(need.skillId(), need.level());
        }
        return plan(snapshot, learner, targets, preferences);
    }

    /**
     * What of role {@code roleId}'s requirements the learner cannot reach with the allowed modules, without
     * planning the route: the plan's {@link RoutePlan#unreachable()}, for checks over many people.
     *
     * @throws UnknownTargetException when the role is unknown
     */
    public List<UnreachableTarget> unreachableForRole(
            CurriculumSnapshot snapshot, LearnerState learner, String roleId, RoutePreferences preferences) {
        if (snapshot.roles().role(roleId).isEmpty()) {
            throw new UnknownTargetException("role", roleId);
        }
        Map<String, Integer> targets = new HashMap<>();
        for (RoleNeed need : snapshot.roleProfile(roleId)) {
            targets.put(need.skillId(), need.level());
        }
        return RouteSetup.prepare(snapshot, new LearnerLevels(snapshot, learner), targets, preferences).unreachable;
    }

    private static RoutePlan assemble(
            CurriculumSnapshot snapshot,
            LearnerLevels start,
            RouteSetup setup,
            boolean[] chosen,
            RouteMode mode,
            boolean proven,
            LowerBound bound,
            long explored,
            List<String> notes,
            double weeklyHours,
            BudgetMeter meter) {
        RouteProblem problem = setup.problem;
        List<Integer> order = StepOrder.of(problem, chosen);
        PlanAssembler assembler = new PlanAssembler(snapshot, start, problem, meter);
        BadgeTracker badges = new BadgeTracker(snapshot, assembler::level);
        TreeSet<Integer> taught = new TreeSet<>();
        for (int candidate : order) {
            int module = problem.modules[candidate];
            for (int k = 0; k < snapshot.modules().teachesCount(module); k++) {
                taught.add(snapshot.modules().teachesSkill(module, k));
            }
        }
        badges.atStart(taught);
        List<RouteStep> steps = assembler.steps(chosen, order, setup.targets, badges::afterStep);
        ScheduleBuilder.Layout layout = ScheduleBuilder.layOut(steps, weeklyHours);

        List<SkillMilestone> skillMilestones = new ArrayList<>();
        for (int[] target : setup.targets) {
            Integer step = assembler.targetReachedAt.get(target[0]);
            if (step != null) {
                skillMilestones.add(new SkillMilestone(
                        snapshot.skillId(target[0]),
                        snapshot.skillName(target[0]),
                        target[1],
                        layout.completionWeek()[step]));
            }
        }
        skillMilestones.sort(Comparator.comparingInt(SkillMilestone::week).thenComparing(SkillMilestone::skillId));
        List<BadgeMilestone> badgeMilestones = new ArrayList<>();
        badges.earnableAfter.forEach((badge, step) -> {
            if (step >= 0) {
                badgeMilestones.add(new BadgeMilestone(
                        snapshot.badges().badge(badge).id(),
                        snapshot.badges().badge(badge).name(),
                        layout.completionWeek()[step]));
            }
        });
        badgeMilestones.sort(Comparator.comparingInt(BadgeMilestone::week).thenComparing(BadgeMilestone::badgeId));
        Schedule schedule = new Schedule(
                weeklyHours,
                layout.weeks(),
                skillMilestones,
                badgeMilestones,
                layout.weeks().size());

        double total = 0;
        for (RouteStep step : steps) {
            total += step.hours();
        }
        double lowerBound = bound.atStart();
        BudgetUse use = meter.use();
        if (!meter.workLeft()) {
            notes.add("the planning budget ran out (" + use.ranOutLabels() + "): the route was improved no further"
                    + (assembler.alternativesSkipped > 0
                            ? " and " + assembler.alternativesSkipped + " step(s) are shown without an alternative"
                            : ""));
        }
        return new RoutePlan(
                mode,
                proven,
                ScheduleBuilder.round(lowerBound),
                ScheduleBuilder.round(total),
                steps,
                setup.unreachable,
                schedule,
                explored,
                notes,
                use);
    }
}
