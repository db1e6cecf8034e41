package org.skillgraph.api.app;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value computed from the graph and kept until the graph's version moves: each {@link #get()} costs one read
 * of {@code Meta.version}, and a recomputation only after a write. The version is read before the value, so a
 * value kept under a version is never older than it (at worst newer, which the next version corrects).
 */
final class VersionedValue<T> implements Supplier<T> {

    private record Entry<T>(long version, T value) {}

    private final LongSupplier version;
    private final Supplier<T> compute;
    private volatile Entry<T> latest;

    VersionedValue(LongSupplier version, Supplier<T> compute) {
        this.version = version;
        this.compute = compute;
    }

    @Override
    public T get() {
        long now = version.getAsLong();
        var entry = latest;
        if (entry != null && entry.version() == now) {
            return entry.value();
        }
        synchronized (this) {
            entry = latest;
            if (entry != null && entry.version() == now) {
                return entry.value();
            }
            var value = compute.get();
            latest = new Entry<>(now, value);
            return value;
        }
    }

    /** Drops the kept value (a fixture reset wipes the graph but may leave its version where it was). */
    void forget() {
        latest = null;
    }
}
