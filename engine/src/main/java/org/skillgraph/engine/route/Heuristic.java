package org.skillgraph.engine.route;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.skillgraph.engine.budget.BudgetMeter;

/**
 * The route for problems too large to prove: {@link GreedyConstruction}, then redundancy elimination (drop
 * any module the route stays feasible without, most expensive first), then local improvement until no move
 * helps or the work budget is spent. Moves, in this order: <em>remove and repair</em> (drop one module,
 * complete the rest greedily without it, eliminate redundancy) and <em>add and prune</em> (add one module,
 * then drop the modules it makes redundant, most expensive first), and, where neither helps, a
 * {@linkplain SwapMove swap} of one or two modules for one or two cheaper ones. A move is taken only when it lowers the
 * {@link Cost}. Work is counted as modules walked by feasibility checks, a proxy for time that does not
 * depend on the machine, so results are reproducible. The work is also charged to the plan's
 * {@link BudgetMeter}, which stops improvement early when the request's budget runs out.
 */
final class Heuristic {

    private final RouteProblem problem;
    private final int[] candidates;
    private final GreedyConstruction greedy;
    private final FeasibilityCheck check;
    private final long budget;
    private final BudgetMeter meter;
    private final SwapMove swaps;
    private long work;
    private long checks;

    Heuristic(RouteProblem problem, int[] candidates, long budget, BudgetMeter meter) {
        this(problem, candidates, budget, meter, true);
    }

    /** @param swapping whether to try swaps; without them, the improvement as it was before swaps (tests compare) */
    Heuristic(RouteProblem problem, int[] candidates, long budget, BudgetMeter meter, boolean swapping) {
        this.problem = problem;
        this.candidates = candidates;
        this.greedy = new GreedyConstruction(problem, candidates, LowerBound.landmarks(problem));
        this.check = new FeasibilityCheck(problem);
        this.budget = budget;
        this.meter = meter;
        this.swaps = swapping ? new SwapMove(problem, candidates, check, this::spend) : null;
    }

    /** Candidate evaluations and feasibility checks made. */
    long evaluations() {
        return checks + greedy.evaluations();
    }

    boolean[] run() {
        boolean[] best = greedy.complete(new boolean[problem.candidateCount()], -1);
        if (best == null) {
            best = new boolean[problem.candidateCount()];
            for (int c : candidates) {
                best[c] = true;
            }
        }
        best = prune(best, -1);
        boolean improved = true;
        while (improved && canWork()) {
            boolean[] better = removeAndRepair(best);
            if (better == null) {
                better = addAndPrune(best);
            }
            if (better == null && swaps != null) {
                better = swap(best);
            }
            improved = better != null;
            best = improved ? better : best;
        }
        return best;
    }

    private boolean[] removeAndRepair(boolean[] best) {
        Cost bestCost = Cost.of(problem, best);
        for (int c : byCostDescending(best)) {
            if (!canWork()) {
                return null;
            }
            boolean[] trial = best.clone();
            trial[c] = false;
            trial = greedy.complete(trial, c);
            if (trial != null) {
                trial = prune(trial, -1);
                if (Cost.of(problem, trial).lessThan(bestCost)) {
                    return trial;
                }
            }
        }
        return null;
    }

    private boolean[] addAndPrune(boolean[] best) {
        Cost bestCost = Cost.of(problem, best);
        for (int added : candidates) {
            if (!canWork()) {
                return null;
            }
            if (best[added]) {
                continue;
            }
            boolean[] trial = best.clone();
            trial[added] = true;
            trial = prune(trial, added);
            if (Cost.of(problem, trial).lessThan(bestCost)) {
                return trial;
            }
        }
        return null;
    }

    /**
     * Removes modules the route stays feasible without, most expensive first; {@code keep} is tried last, so
     * a module just added can displace several cheaper ones. One pass suffices: feasibility is monotone in
     * the set, so a module needed when it was tried is still needed once others are gone.
     */
    private boolean[] prune(boolean[] chosen, int keep) {
        boolean[] result = chosen.clone();
        Integer[] order = byCostDescending(result);
        if (keep >= 0 && result[keep]) {
            order = moveLast(order, keep);
        }
        int[] members = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
        for (int c : members) {
            result[c] = false;
            checks++;
            work += members.length;
            meter.spend(members.length);
            if (!check.feasible(result, members)) {
                result[c] = true;
            }
        }
        return result;
    }

    private boolean[] swap(boolean[] best) {
        int[] members = Arrays.stream(byCostDescending(best))
                .mapToInt(Integer::intValue)
                .toArray();
        boolean[] trial = swaps.improve(best, members);
        if (trial == null) {
            return null;
        }
        trial = prune(trial, -1);
        return Cost.of(problem, trial).lessThan(Cost.of(problem, best)) ? trial : null;
    }

    private boolean spend(long units) {
        work += units;
        meter.spend(units);
        return canWork();
    }

    private boolean canWork() {
        return work < budget && meter.workLeft();
    }

    private Integer[] byCostDescending(boolean[] chosen) {
        return IntStream.range(0, chosen.length)
                .filter(c -> chosen[c])
                .boxed()
                .sorted(Comparator.comparingDouble((Integer c) -> problem.weightedCost(c))
                        .reversed()
                        .thenComparing(Comparator.reverseOrder()))
                .toArray(Integer[]::new);
    }

    private static Integer[] moveLast(Integer[] order, int last) {
        Integer[] moved = Arrays.stream(order).filter(c -> c != last).toArray(Integer[]::new);
        moved = Arrays.copyOf(moved, moved.length + 1);
        moved[moved.length - 1] = last;
        return moved;
    }
}
