package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One result of a batch: the person (locked by the batch) and the day, and either a module result (the module's
 * rule read before in the same transaction and the score, 0–100 or {@code null}) or, with {@code rule} null, a
 * piece of evidence for one skill shown outside any module ({@code skillEvidence}, for a skill activity).
 */
public record ResultInput(
        String personId, ModuleProgression rule, Double score, LocalDate at, EvidenceRecord skillEvidence) {

    public ResultInput {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(at, "at");
        if ((rule == null) == (skillEvidence == null)) {
            throw new IllegalArgumentException("a result is of a module or of a skill, not both nor neither");
        }
    }

    /** A module result. */
    public ResultInput(String personId, ModuleProgression rule, Double score, LocalDate at) {
        this(personId, Objects.requireNonNull(rule, "rule"), score, at, null);
    }

    /** Evidence for a skill, recorded and replayed in order with the module results of its batch. */
    public static ResultInput skill(String personId, EvidenceRecord evidence) {
        return new ResultInput(personId, null, evidence.score(), evidence.at(), evidence);
    }
}
