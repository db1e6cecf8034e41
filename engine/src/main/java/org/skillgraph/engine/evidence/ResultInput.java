package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One module result of a batch: the person (locked by the batch), the module's rule read before in the same
 * transaction, the score (0–100, or {@code null}) and the day.
 */
public record ResultInput(String personId, ModuleProgression rule, Double score, LocalDate at) {

    public ResultInput {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(at, "at");
    }
}
