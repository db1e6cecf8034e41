package org.skillgraph.engine.progress;

import java.time.LocalDate;

/**
 * Readiness for the target role on one day, replayed from the evidence as it stood then.
 *
 * @param readiness importance-weighted share of required levels met (the gap planner's readiness), 0–1
 * @param essentialGaps essential skills not yet at their level on that day
 */
public record ReadinessPoint(LocalDate at, double readiness, int essentialGaps) {}
