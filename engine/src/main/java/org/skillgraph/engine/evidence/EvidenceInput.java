package org.skillgraph.engine.evidence;

import java.util.Objects;

/**
 * One piece of evidence to record for a person.
 *
 * @param personId whose evidence it is
 * @param evidence the evidence itself (skill, source, level, day, …)
 */
public record EvidenceInput(String personId, EvidenceRecord evidence) {

    public EvidenceInput {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(evidence, "evidence");
    }
}
