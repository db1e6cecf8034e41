package org.skillgraph.engine.budget;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts what one plan spends against its {@link PlanningBudget}. Once a limit is passed it stays passed;
 * every limit reached is reported, in the order reached. Not thread-safe; one per plan.
 */
public final class BudgetMeter {

    private final PlanningBudget budget;
    private final long deadline;
    private long nodes;
    private long work;
    private final Set<BudgetUse.Limit> ranOut = new LinkedHashSet<>();

    BudgetMeter(PlanningBudget budget, long startNanos) {
        this.budget = budget;
        this.deadline = startNanos + budget.wallClock().toNanos();
    }

    /** Counts one expanded search node; whether the search may go on. */
    public boolean expandNode() {
        nodes++;
        if (nodes > budget.searchNodes()) {
            nodes = budget.searchNodes();
            ranOut(BudgetUse.Limit.SEARCH_NODES);
            return false;
        }
        return !ranOutOfTime();
    }

    /** Counts {@code units} of work; whether more may be spent. */
    public boolean spend(long units) {
        work += units;
        if (work > budget.work()) {
            ranOut(BudgetUse.Limit.WORK);
            return false;
        }
        return !ranOutOfTime();
    }

    /** Whether work may still be spent (search nodes running out leaves the work budget alone). */
    public boolean workLeft() {
        return !ranOut.contains(BudgetUse.Limit.WORK) && !ranOut.contains(BudgetUse.Limit.TIME);
    }

    /** Whether {@code limit} was reached. */
    public boolean ranOutOf(BudgetUse.Limit limit) {
        return ranOut.contains(limit);
    }

    /** What was spent, and the limits reached. */
    public BudgetUse use() {
        return new BudgetUse(nodes, budget.searchNodes(), work, budget.work(), List.copyOf(ranOut));
    }

    private boolean ranOutOfTime() {
        if (System.nanoTime() - deadline > 0) {
            ranOut(BudgetUse.Limit.TIME);
            return true;
        }
        return ranOut.contains(BudgetUse.Limit.TIME);
    }

    private void ranOut(BudgetUse.Limit limit) {
        ranOut.add(limit);
    }
}
