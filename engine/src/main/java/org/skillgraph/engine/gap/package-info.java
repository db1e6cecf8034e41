/**
 * The gap planner: what a learner lacks for a role or explicit skill targets, with the prerequisites that must
 * be raised on the way and an importance-weighted readiness score. Entry point:
 * {@link org.skillgraph.engine.gap.GapPlanner}.
 */
package org.skillgraph.engine.gap;
