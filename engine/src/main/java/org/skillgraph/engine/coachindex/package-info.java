/**
 * The coach candidate index of an API node: every person's coaching facts (consent, capacity, active pairs, pending
 * requests, the holdings that can make a coach) and, per skill, its holders sorted by level, built from the graph once
 * and kept current from the change feed. The coach matcher reads candidates from it instead of the graph.
 */
package org.skillgraph.engine.coachindex;
