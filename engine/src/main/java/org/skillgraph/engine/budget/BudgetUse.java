package org.skillgraph.engine.budget;

import java.util.List;

/**
 * What one plan spent of its budget.
 *
 * @param searchNodes exact-search nodes expanded (never above {@code searchNodeLimit})
 * @param work work units spent: modules walked by feasibility checks
 * @param ranOut the limits reached, in the order reached; empty when the plan finished within its budget
 */
public record BudgetUse(long searchNodes, long searchNodeLimit, long work, long workLimit, List<Limit> ranOut) {

    public BudgetUse {
        ranOut = List.copyOf(ranOut);
    }

    /** A limit of {@link PlanningBudget}. */
    public enum Limit {
        SEARCH_NODES("search-nodes"),
        WORK("work"),
        TIME("time");

        private final String label;

        Limit(String label) {
            this.label = label;
        }

        /** {@code search-nodes}, {@code work} or {@code time}. */
        public String label() {
            return label;
        }
    }

    /** Whether a limit was reached. */
    public boolean exhausted() {
        return !ranOut.isEmpty();
    }

    /** The limits reached as their labels, comma-separated (for notes). */
    public String ranOutLabels() {
        return String.join(", ", ranOut.stream().map(Limit::label).toList());
    }
}
