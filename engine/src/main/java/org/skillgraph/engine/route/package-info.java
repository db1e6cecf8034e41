/**
 * The route planner: which modules, in which order, reach target levels in the fewest hours. Entry point:
 * {@link org.skillgraph.engine.route.RoutePlanner}; its class comment states the problem, the monotonicity
 * observation the whole package rests on, and the exact and heuristic modes.
 *
 * <p>Internally a route problem is delete-free planning over facts "skill held at ≥ level": candidate
 * discovery ({@code CandidateClosure}, {@code CandidateGraph}), the relevant problem as bitsets
 * ({@code RouteProblem}), admissible bounds ({@code LowerBound}, {@code LmCut}), the heuristic
 * ({@code GreedyConstruction}, {@code Heuristic}), the exact branch and bound ({@code ExactSearch}), and the
 * explained output ({@code StepOrder}, {@code PlanAssembler}, {@code ScheduleBuilder}, {@code BadgeTracker}).
 */
package org.skillgraph.engine.route;
