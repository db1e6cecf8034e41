package org.skillgraph.engine.route;

/** A set of levels 0–5 as the bits of an int: bit {@code l} set when level {@code l} is in. */
final class LevelMask {

    private LevelMask() {}

    static int of(int level) {
        return 1 << level;
    }

    static boolean contains(int mask, int level) {
        return (mask >>> level & 1) != 0;
    }

    static int with(int mask, int level) {
        return mask | 1 << level;
    }

    /** The levels of {@code mask}, ascending. */
    static int[] levels(int mask) {
        int[] levels = new int[Integer.bitCount(mask)];
        int next = 0;
        for (int level = 0; level < 32; level++) {
            if (contains(mask, level)) {
                levels[next++] = level;
            }
        }
        return levels;
    }
}
