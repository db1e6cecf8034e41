package org.skillgraph.seed.bundle;

/** Receives progress of a long import, for a progress bar or a log. */
@FunctionalInterface
public interface ImportProgress {

    /** {@code done} of {@code total} rows are written; {@code step} names what is being written. */
    void update(String step, long done, long total);

    static ImportProgress none() {
        return (step, done, total) -> {};
    }
}
