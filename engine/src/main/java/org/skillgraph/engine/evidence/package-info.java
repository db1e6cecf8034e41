/**
 * Evidence of people's levels and the rule set that derives their current level from it ({@link
 * org.skillgraph.engine.evidence.LevelRules}). Evidence is history and is never overwritten; {@code HOLDS}
 * is the derived current level.
 */
package org.skillgraph.engine.evidence;
