package org.skillgraph.engine.planning;

import org.skillgraph.engine.gap.GapReport;
import org.skillgraph.engine.route.RoutePlan;

/** The gap and the route of a learner who is not in the graph, computed on the same snapshot. */
public record InlinePlan(GapReport gap, RoutePlan route) {}
