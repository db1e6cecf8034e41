package org.skillgraph.seed.bundle;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean": the allowed name closest to a typo, when it is close enough to be the one meant. */
final class Suggestions {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {}

    /** The closest of {@code allowed} within a third of the typo's length (at least one edit, at most three). */
    static Optional<String> closest(String typo, Collection<String> allowed) {
        int limit = Math.max(1, Math.min(3, typo.length() / 3));
        return allowed.stream()
                .filter(name -> distance(typo, name) <= limit)
                .min(Comparator.comparingInt((String name) -> distance(typo, name))
                        .thenComparing(name -> name));
    }

    private static int distance(String a, String b) {
        // Case is ignored: "targetrole" is one slip from "targetRole", not one edit.
        return DISTANCE.apply(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
    }
}
