package org.skillgraph.engine.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A claim waits ({@code pending}) until a reviewer accepts or rejects it; a decision is final. */
public enum ClaimStatus {
    PENDING,
    ACCEPTED,
    REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ClaimStatus> fromWire(String wire) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(wire)).findFirst();
    }
}
