package org.skillgraph.engine.evidence;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a piece of evidence about a person's level comes from; the wire name is the lower-case name. */
public enum EvidenceSource {
    ASSESSMENT,
    MANAGER,
    PEER,
    SELF,
    BADGE,
    COMPLETION,
    IMPORT;

    /** {@code assessment}, {@code manager}, … as stored on {@code HOLDS.source} and sent over HTTP. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The source named {@code wireName}, case-insensitively; empty when there is none. */
    public static Optional<EvidenceSource> fromWire(String wireName) {
        if (wireName == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(s -> s.wireName().equalsIgnoreCase(wireName.strip()))
                .findFirst();
    }
}
