package org.skillgraph.engine.coach;

import java.util.Objects;

/**
 * One line of a score's breakdown: {@code contribution = value × weight}, rounded to 4 decimals.
 *
 * @param component {@code coverage}, {@code surplus}, {@code evidenceSource}, {@code recency}, {@code proximity},
 *     {@code place} or {@code load}
 * @param value the component in [0, 1]
 * @param reason the facts behind the value, for people
 */
public record ScoreComponent(String component, double value, double weight, double contribution, String reason) {

    public ScoreComponent {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(reason, "reason");
    }
}
