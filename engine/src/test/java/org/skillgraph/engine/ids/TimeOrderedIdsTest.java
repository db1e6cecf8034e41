package org.skillgraph.engine.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void shouldSortInCreationOrderUnderAFixedClock() {
        var ids = TimeOrderedIds.of("cl-", Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC));
        var made = new ArrayList<String>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }

        assertThat(made).allSatisfy(id -> assertThat(id).startsWith("cl-").hasSize(3 + 36));
        assertThat(made).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void shouldSortByTimeBeforeCreationOrder() {
        var millis = new AtomicLong(Instant.parse("2026-03-01T00:00:00Z").toEpochMilli());
        var clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(millis.get());
            }
        };
        var ids = TimeOrderedIds.of("ev-", clock);
        String first = ids.next();
        millis.addAndGet(1);
        String second = ids.next();
        var other = TimeOrderedIds.of("ev-", clock);
        millis.addAndGet(1);
        String third = other.next();

        assertThat(first).isLessThan(second);
        assertThat(second).isLessThan(third);
    }
}
