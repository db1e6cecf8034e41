package org.skillgraph.engine.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a learner claims: their own rating of a level, or prior learning (a link or a note) asking for one. */
public enum ClaimKind {
    /** Recorded at once as {@code self} evidence (shown as self-assessed); a reviewer may confirm it. */
    SELF_ASSESSMENT,
    /** Counts for nothing until a reviewer accepts it. */
    PRIOR_LEARNING;

    /** {@code self-assessment}, {@code prior-learning}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ClaimKind> fromWire(String wire) {
        return Arrays.stream(values()).filter(k -> k.wireName().equals(wire)).findFirst();
    }
}
