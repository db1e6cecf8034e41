package org.skillgraph.engine.route;

import java.util.function.LongPredicate;

/**
 * The swap neighbourhood of local improvement: take one or two modules out of a route and put one or two
 * others in that cost less together (1-for-1, 1-for-2, 2-for-1, 2-for-2). Remove-and-repair rebuilds greedily
 * and add-and-prune adds one module at a time, so neither finds a pair of cheaper modules that only together
 * replace a pair of the route's; this move does.
 *
 * <p>Bounded by necessary conditions before any feasibility check: what the rest of the route needs (the
 * goal and its modules' entry facts) but no longer reaches even as a union of effects must be reached by the
 * newcomers, so the first newcomer is drawn from the achievers of the rarest such fact and the second from the
 * achievers of the rarest fact still missing (entry facts of the first included); the newcomers must weigh less
 * than what left. Every candidate looked at, every rest computed and every feasibility check is charged as
 * work, and the move stops as soon as the work may no longer be spent.
 */
final class SwapMove {

    private final RouteProblem problem;
    private final boolean[] isCandidate;
    private final FeasibilityCheck check;
    private final LongPredicate spend;

    /** @param spend charges work units; whether more may be spent */
    SwapMove(RouteProblem problem, int[] candidates, FeasibilityCheck check, LongPredicate spend) {
        this.problem = problem;
        this.isCandidate = new boolean[problem.candidateCount()];
        for (int c : candidates) {
            isCandidate[c] = true;
        }
        this.check = check;
        this.spend = spend;
    }

    /**
     * The first feasible swap of {@code members} (the route's modules, in the order to try them) that lowers
     * the weight, as a new set (not yet pruned); {@code null} when there is none or the work ran out.
     */
    boolean[] improve(boolean[] route, int[] members) {
        for (int a = 0; a < members.length; a++) {
            for (int b = a; b < members.length; b++) {
                int first = members[a];
                int second = b == a ? -1 : members[b];
                if (!spend.test(members.length)) {
                    return null;
                }
                boolean[] found = replace(route, members, first, second);
                if (found != null || !spend.test(0)) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A cheaper replacement for {@code first} and {@code second} (-1 for none), or {@code null}. */
    private boolean[] replace(boolean[] route, int[] members, int first, int second) {
        double removed = problem.weights[first] + (second < 0 ? 0 : problem.weights[second]);
        long[] reached = Bits.empty(problem.words);
        long[] needed = problem.goal.clone();
        for (int c : members) {
            if (c != first && c != second) {
                Bits.orInto(reached, problem.eff[c]);
                Bits.orInto(needed, problem.pre[c]);
            }
        }
        long[] missing = without(needed, reached);
        int rarest = rarest(missing);
        if (rarest < 0) {
            return null; // the rest needs nothing new: pruning's case, not a swap
        }
        for (int x : problem.achievers[rarest]) {
            if (!newcomer(route, x, first, second) || problem.weights[x] >= removed - Cost.EPSILON) {
                continue;
            }
            if (!spend.test(1)) {
                return null;
            }
            long[] stillMissing = without(union(missing, problem.pre[x]), union(reached, problem.eff[x]));
            int next = rarest(stillMissing);
            if (next < 0) {
                boolean[] trial = trial(route, first, second, x, -1);
                if (feasible(trial, members, x, -1)) {
                    return trial;
                }
                continue;
            }
            for (int y : problem.achievers[next]) {
                if (y == x
                        || !newcomer(route, y, first, second)
                        || problem.weights[x] + problem.weights[y] >= removed - Cost.EPSILON) {
                    continue;
                }
                if (!spend.test(1)) {
                    return null;
                }
                long[] after = union(union(reached, problem.eff[x]), problem.eff[y]);
                if (rarest(without(union(stillMissing, problem.pre[y]), after)) >= 0) {
                    continue;
                }
                boolean[] trial = trial(route, first, second, x, y);
                if (feasible(trial, members, x, y)) {
                    return trial;
                }
            }
        }
        return null;
    }

    private boolean newcomer(boolean[] route, int candidate, int first, int second) {
        return isCandidate[candidate] && !route[candidate] && candidate != first && candidate != second;
    }

    private static boolean[] trial(boolean[] route, int first, int second, int x, int y) {
        boolean[] trial = route.clone();
        trial[first] = false;
        if (second >= 0) {
            trial[second] = false;
        }
        trial[x] = true;
        if (y >= 0) {
            trial[y] = true;
        }
        return trial;
    }

    private boolean feasible(boolean[] trial, int[] members, int x, int y) {
        int[] walked = new int[members.length + (y < 0 ? 1 : 2)];
        System.arraycopy(members, 0, walked, 0, members.length);
        walked[members.length] = x;
        if (y >= 0) {
            walked[members.length + 1] = y;
        }
        spend.test(walked.length);
        return check.feasible(trial, walked);
    }

    /** The fact of {@code facts} with the fewest achievers, -1 when empty. */
    private int rarest(long[] facts) {
        int rarest = -1;
        for (int fact : Incidence.members(facts)) {
            if (rarest < 0 || problem.achievers[fact].length < problem.achievers[rarest].length) {
                rarest = fact;
            }
        }
        return rarest;
    }

    private static long[] union(long[] a, long[] b) {
        return Bits.union(a, b);
    }

    private static long[] without(long[] a, long[] b) {
        return Bits.andNot(a, b);
    }
}
