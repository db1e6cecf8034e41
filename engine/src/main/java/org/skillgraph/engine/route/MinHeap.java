package org.skillgraph.engine.route;

import java.util.Arrays;

/**
 * A binary min-heap of (double key, int id) pairs on primitive arrays, with lazy deletion left to the caller
 * (push again on a better key; skip stale entries on pop). Reusable: {@link #clear()} keeps the arrays.
 */
final class MinHeap {

    private double[] keys = new double[64];
    private int[] ids = new int[64];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(double key, int id) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            ids = Arrays.copyOf(ids, size * 2);
        }
        int at = size++;
        while (at > 0 && keys[(at - 1) / 2] > key) {
            int parent = (at - 1) / 2;
            keys[at] = keys[parent];
            ids[at] = ids[parent];
            at = parent;
        }
        keys[at] = key;
        ids[at] = id;
    }

    /** The key of the smallest entry; the heap must not be empty. */
    double peekKey() {
        return keys[0];
    }

    /** Removes the smallest entry and returns its id. */
    int pop() {
        int top = ids[0];
        size--;
        double key = keys[size];
        int id = ids[size];
        int at = 0;
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && keys[child + 1] < keys[child]) {
                child++;
            }
            if (keys[child] >= key) {
                break;
            }
            keys[at] = keys[child];
            ids[at] = ids[child];
            at = child;
        }
        keys[at] = key;
        ids[at] = id;
        return top;
    }
}
