package org.skillgraph.engine.evidence;

import java.time.LocalDate;

/**
 * What recording a module result did.
 *
 * @param passed whether the score met the pass score (always, for a module without one)
 * @param completedNow whether this result created the {@code COMPLETED} (false for a fail or a repeat pass)
 * @param evidence the completion evidence, current levels and badges (empty for a fail)
 */
public record ModuleResult(
        String personId,
        String moduleId,
        LocalDate at,
        Double score,
        Integer passScore,
        boolean passed,
        boolean completedNow,
        EvidenceResult evidence) {}
