package org.skillgraph.engine.budget;

import java.time.Duration;
import java.util.Objects;

/**
 * How much one planning request may ask for and spend. The target cap refuses a request outright; the
 * other limits are counted while planning, so the same request on the same curriculum always stops at the
 * same point whatever the machine: search nodes expanded by the exact search, and work (modules walked by
 * feasibility checks) spent improving the heuristic route and looking for each step's alternative. The wall
 * clock is only a backstop for a curriculum whose steps are unusually expensive.
 *
 * @param maxTargets most target skills an explicit request may name
 * @param searchNodes nodes the exact search may expand before the heuristic route stands
 * @param work modules walked by feasibility checks before the planner stops improving and explaining
 * @param wallClock time one plan may take before it stops as if its work ran out
 */
public record PlanningBudget(int maxTargets, long searchNodes, long work, Duration wallClock) {

    /** Target skills an explicit request may name. */
    public static final int DEFAULT_MAX_TARGETS = 200;

    /** Exact-search nodes per plan (well under a second). */
    public static final long DEFAULT_SEARCH_NODES = 20_000;

    /** Work units per plan: a few hundred milliseconds at most. */
    public static final long DEFAULT_WORK = 5_000_000;

    /** Wall-clock backstop per plan. */
    public static final Duration DEFAULT_WALL_CLOCK = Duration.ofSeconds(5);

    public PlanningBudget {
        Objects.requireNonNull(wallClock, "wallClock");
        if (maxTargets < 1) {
            throw new IllegalArgumentException("maxTargets must be at least 1, was " + maxTargets);
        }
        if (searchNodes < 1) {
            throw new IllegalArgumentException("searchNodes must be at least 1, was " + searchNodes);
        }
        if (work < 1) {
            throw new IllegalArgumentException("work must be at least 1, was " + work);
        }
        if (wallClock.isNegative() || wallClock.isZero()) {
            throw new IllegalArgumentException("wallClock must be positive, was " + wallClock);
        }
    }

    public static PlanningBudget defaults() {
        return new PlanningBudget(DEFAULT_MAX_TARGETS, DEFAULT_SEARCH_NODES, DEFAULT_WORK, DEFAULT_WALL_CLOCK);
    }

    public PlanningBudget withSearchNodes(long nodes) {
        return new PlanningBudget(maxTargets, nodes, work, wallClock);
    }

    public PlanningBudget withWork(long units) {
        return new PlanningBudget(maxTargets, searchNodes, units, wallClock);
    }

    public PlanningBudget withMaxTargets(int targets) {
        return new PlanningBudget(targets, searchNodes, work, wallClock);
    }

    /** The same budget with another wall-clock backstop, e.g. a generous one so only the counted limits decide. */
    public PlanningBudget withWallClock(Duration limit) {
        return new PlanningBudget(maxTargets, searchNodes, work, limit);
    }

    /** A meter for one plan, its clock started now. */
    public BudgetMeter start() {
        return new BudgetMeter(this, System.nanoTime());
    }
}
