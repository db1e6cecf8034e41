package org.skillgraph.engine.snapshot;

/**
 * Compressed sparse rows: the out-edges of node {@code i} are slots {@code start(i)} (inclusive) to
 * {@code end(i)} (exclusive), each with a target and an int payload. Three flat arrays keep an ESCO-sized
 * graph to a few MB and make walks allocation-free.
 */
final class Csr {

    private final int[] offsets;
    private final int[] targets;
    private final int[] values;

    Csr(int[] offsets, int[] targets, int[] values) {
        this.offsets = offsets;
        this.targets = targets;
        this.values = values;
    }

    int start(int node) {
        return offsets[node];
    }

    int end(int node) {
        return offsets[node + 1];
    }

    int degree(int node) {
        return offsets[node + 1] - offsets[node];
    }

    int target(int slot) {
        return targets[slot];
    }

    int value(int slot) {
        return values[slot];
    }

    int nodeCount() {
        return offsets.length - 1;
    }

    int edgeCount() {
        return targets.length;
    }

    /** The same edges pointing the other way, targets in ascending order. */
    Csr reversed(int targetCount) {
        EdgeList reverse = new EdgeList();
        for (int node = 0; node < nodeCount(); node++) {
            for (int slot = start(node); slot < end(node); slot++) {
                reverse.add(targets[slot], node, values[slot]);
            }
        }
        return reverse.toCsr(targetCount, Math::max);
    }

    /** A copy whose targets are renamed through {@code mapping}, keeping the slot order. */
    Csr mapTargets(int[] mapping) {
        int[] mapped = new int[targets.length];
        for (int slot = 0; slot < targets.length; slot++) {
            mapped[slot] = mapping[targets[slot]];
        }
        return new Csr(offsets, mapped, values);
    }
}
