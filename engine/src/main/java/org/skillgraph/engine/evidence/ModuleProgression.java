package org.skillgraph.engine.evidence;

import java.util.List;

/**
 * A module's progression rule in plain data.
 *
 * @param assessment the assessment format ({@code quiz}, {@code project}, …) or {@code null}
 * @param passScore the lowest passing score (0–100), or {@code null} when completing the module passes it
 * @param passesOn {@code score} or {@code completion}
 * @param grants levels recorded as {@code completion} evidence on a pass
 * @param rule the same in one sentence
 */
public record ModuleProgression(
        String moduleId,
        String title,
        String status,
        String assessment,
        Integer passScore,
        String passesOn,
        List<GrantedLevel> grants,
        String evidenceSource,
        String rule) {

    public ModuleProgression {
        grants = List.copyOf(grants);
    }

    /** Whether a result with {@code score} (possibly {@code null}) passes. */
    public boolean passes(Double score) {
        return passScore == null || (score != null && score >= passScore);
    }
}
