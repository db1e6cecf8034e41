package org.skillgraph.engine.ids;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.UUIDClock;
import com.fasterxml.uuid.impl.TimeBasedEpochGenerator;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Ids of records that are listed in the order they were made (claims, evidence, audit events): a prefix and an
 * RFC 9562 version 7 UUID, whose text sorts in creation order. The time part comes from the engine's clock,
 * and ids made within one millisecond (or under a fixed clock, as in tests and the documented examples) still
 * sort in the order this process made them, because the generator counts up within a millisecond instead of
 * drawing afresh. Lists therefore break ties of equal timestamps by id and come out in a stable, meaningful
 * order rather than a random one. Across API nodes, ids made in the same millisecond sort arbitrarily.
 */
public final class TimeOrderedIds {

    private final String prefix;
    private final TimeBasedEpochGenerator generator;

    private TimeOrderedIds(String prefix, Clock clock) {
        this.prefix = prefix;
        this.generator = Generators.timeBasedEpochGenerator(new SecureRandom(), new UUIDClock() {
            @Override
            public long currentTimeMillis() {
                return clock.millis();
            }
        });
    }

    /** Ids {@code prefix} + UUIDv7, timed by {@code clock}. */
    public static TimeOrderedIds of(String prefix, Clock clock) {
        return new TimeOrderedIds(prefix, clock);
    }

    /** The next id, sorting after every id this instance made before. */
    public String next() {
        return prefix + generator.generate();
    }
}
