package org.skillgraph.seed.bundle;

import java.util.Comparator;

/** JSON pointers (RFC 6901) as the problems of a bundle use them. */
final class Pointers {

    /** Document order: segment by segment, array indices as numbers ({@code /skills/2} before {@code /skills/10}). */
    static final Comparator<String> ORDER = Pointers::compare;

    private Pointers() {}

    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static int compare(String a, String b) {
        var left = a.split("/", -1);
        var right = b.split("/", -1);
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = compareSegment(left[i], right[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(left.length, right.length);
    }

    private static int compareSegment(String a, String b) {
        if (isIndex(a) && isIndex(b)) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }
}
