package org.skillgraph.engine.xapi;

import java.util.Arrays;
import java.util.Optional;

/** The verbs that move progression: the ADL verb IRIs, which cmi5 uses for completed, passed and failed. */
public enum XapiVerb {
    COMPLETED,
    PASSED,
    FAILED,
    MASTERED,
    SCORED;

    private static final String ADL = "http://adlnet.gov/expapi/verbs/";

    public String iri() {
        return ADL + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<XapiVerb> of(String iri) {
        return Arrays.stream(values()).filter(v -> v.iri().equals(iri)).findFirst();
    }
}
