/**
 * Compute budgets for planning requests: {@link org.skillgraph.engine.budget.PlanningBudget} (the limits,
 * configured once), {@link org.skillgraph.engine.budget.BudgetMeter} (one per plan) and
 * {@link org.skillgraph.engine.budget.BudgetUse} (what the answer reports). Depends on nothing else in the
 * engine.
 */
package org.skillgraph.engine.budget;
