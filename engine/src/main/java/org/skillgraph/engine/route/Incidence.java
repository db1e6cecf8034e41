package org.skillgraph.engine.route;

/** Small helpers turning bitsets and rows into index lists for the event-driven walks. */
final class Incidence {

    private Incidence() {}

    /** The set bits of {@code bits}, ascending. */
    static int[] members(long[] bits) {
        int[] members = new int[Bits.countAndNot(bits, bits, new long[bits.length])];
        int next = 0;
        for (int w = 0; w < bits.length; w++) {
            for (long word = bits[w]; word != 0; word &= word - 1) {
                members[next++] = w * 64 + Long.numberOfTrailingZeros(word);
            }
        }
        return members;
    }

    /** The marked indices of {@code flags}, ascending, followed by {@code spare} free slots. */
    static int[] members(boolean[] flags, int spare) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        int[] members = new int[count + spare];
        int next = 0;
        for (int i = 0; i < flags.length; i++) {
            if (flags[i]) {
                members[next++] = i;
            }
        }
        return members;
    }

    /** Column {@code j} of the result lists the rows containing {@code j}, ascending. */
    static int[][] invert(int[][] rows, int columns) {
        int[] counts = new int[columns];
        for (int[] row : rows) {
            for (int column : row) {
                counts[column]++;
            }
        }
        int[][] inverted = new int[columns][];
        for (int column = 0; column < columns; column++) {
            inverted[column] = new int[counts[column]];
            counts[column] = 0;
        }
        for (int r = 0; r < rows.length; r++) {
            for (int column : rows[r]) {
                inverted[column][counts[column]++] = r;
            }
        }
        return inverted;
    }
}
