package org.skillgraph.engine.snapshot;

/** The 0 (none) … 5 (expert) level scale shared by every planner. */
public final class Levels {

    /** No proficiency. */
    public static final int NONE = 0;

    /** Expert: can coach others. */
    public static final int EXPERT = 5;

    private Levels() {}

    /** Whether {@code level} is on the scale. */
    public static boolean valid(int level) {
        return level >= NONE && level <= EXPERT;
    }

    /**
     * Returns {@code level} when it is on the scale.
     *
     * @throws IllegalArgumentException naming {@code what} otherwise
     */
    public static int check(int level, String what) {
        if (!valid(level)) {
            throw new IllegalArgumentException(what + " must be between 0 and 5, was " + level);
        }
        return level;
    }
}
