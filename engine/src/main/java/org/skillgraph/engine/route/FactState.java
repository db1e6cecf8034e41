package org.skillgraph.engine.route;

import java.util.Arrays;

/** A fact set used as a hash key: the search merges every order of modules reaching the same levels. */
final class FactState {

    private final long[] bits;
    private final int hash;

    FactState(long[] bits) {
        this.bits = bits;
        this.hash = Arrays.hashCode(bits);
    }

    long[] bits() {
        return bits;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FactState state && Arrays.equals(bits, state.bits);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
