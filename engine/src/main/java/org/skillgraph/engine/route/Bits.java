package org.skillgraph.engine.route;

import java.util.Arrays;

/** Fact sets as plain {@code long[]} bitsets of a fixed word count; a route problem rarely needs two words. */
final class Bits {

    private Bits() {}

    static long[] empty(int words) {
        return new long[words];
    }

    static void set(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    static boolean get(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    /** {@code subset ⊆ set}. */
    static boolean containsAll(long[] set, long[] subset) {
        for (int w = 0; w < set.length; w++) {
            if ((subset[w] & ~set[w]) != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean intersects(long[] a, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code a \ minus} and {@code b} share a bit, without building {@code a \ minus}. */
    static boolean intersectsAndNot(long[] a, long[] minus, long[] b) {
        for (int w = 0; w < a.length; w++) {
            if ((a[w] & ~minus[w] & b[w]) != 0) {
                return true;
            }
        }
        return false;
    }

    static long[] union(long[] a, long[] b) {
        long[] union = Arrays.copyOf(a, a.length);
        orInto(union, b);
        return union;
    }

    static void orInto(long[] target, long[] b) {
        for (int w = 0; w < target.length; w++) {
            target[w] |= b[w];
        }
    }

    static void andInto(long[] target, long[] b) {
        for (int w = 0; w < target.length; w++) {
            target[w] &= b[w];
        }
    }

    /** {@code |a ∩ b \ minus|}. */
    static int countAndNot(long[] a, long[] b, long[] minus) {
        int count = 0;
        for (int w = 0; w < a.length; w++) {
            count += Long.bitCount(a[w] & b[w] & ~minus[w]);
        }
        return count;
    }

    /** {@code a \ minus}. */
    static long[] andNot(long[] a, long[] minus) {
        long[] result = new long[a.length];
        for (int w = 0; w < a.length; w++) {
            result[w] = a[w] & ~minus[w];
        }
        return result;
    }
}
