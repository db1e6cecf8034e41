package org.skillgraph.engine.snapshot;

import java.util.Arrays;
import java.util.function.IntBinaryOperator;

/**
 * Collects int edges packed into longs (21 bits each for source, target and payload), so sorting and
 * merging duplicates is one primitive sort rather than a pass over boxed objects.
 */
final class EdgeList {

    /** Largest id or payload an edge can carry: about two million nodes of each kind. */
    static final int MAX = (1 << 21) - 1;

    private long[] packed = new long[16];
    private int size;

    void add(int source, int target, int value) {
        if (source < 0 || source > MAX || target < 0 || target > MAX || value < 0 || value > MAX) {
            throw new IllegalStateException(
                    "edge does not fit the snapshot's packed layout: " + source + " -> " + target + " (" + value + ")");
        }
        if (size == packed.length) {
            packed = Arrays.copyOf(packed, size * 2);
        }
        packed[size++] = ((long) source << 42) | ((long) target << 21) | value;
    }

    /**
     * Builds the rows; parallel edges between the same pair are folded into one payload with {@code merge}.
     */
    Csr toCsr(int nodeCount, IntBinaryOperator merge) {
        long[] sorted = Arrays.copyOf(packed, size);
        Arrays.sort(sorted);
        int[] offsets = new int[nodeCount + 1];
        int[] targets = new int[size];
        int[] values = new int[size];
        int unique = 0;
        for (int i = 0; i < size; i++) {
            int source = (int) (sorted[i] >>> 42);
            int target = (int) (sorted[i] >>> 21) & MAX;
            int value = (int) sorted[i] & MAX;
            boolean samePair = i > 0 && (sorted[i] >>> 21) == (sorted[i - 1] >>> 21);
            if (samePair) {
                values[unique - 1] = merge.applyAsInt(values[unique - 1], value);
            } else {
                targets[unique] = target;
                values[unique] = value;
                unique++;
                offsets[source + 1]++;
            }
        }
        for (int node = 0; node < nodeCount; node++) {
            offsets[node + 1] += offsets[node];
        }
        return new Csr(offsets, Arrays.copyOf(targets, unique), Arrays.copyOf(values, unique));
    }
}
