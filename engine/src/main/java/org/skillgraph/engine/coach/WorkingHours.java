package org.skillgraph.engine.coach;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalDouble;

/** Overlap of two people's working days (09:00–17:00 local time) on a given day. */
final class WorkingHours {

    /** Length of the working day assumed for everyone, hours. */
    static final double DAY = 8;

    private WorkingHours() {}

    /** Hours both are at work, 0–8; empty when a time zone is missing or unknown. */
    static OptionalDouble overlap(String zoneA, String zoneB, Instant at) {
        var a = zone(zoneA);
        var b = zone(zoneB);
        if (a == null || b == null) {
            return OptionalDouble.empty();
        }
        double offsetHours = Math.abs(a.getRules().getOffset(at).getTotalSeconds()
                        - b.getRules().getOffset(at).getTotalSeconds())
                / 3600.0;
        return OptionalDouble.of(Math.max(0, DAY - offsetHours));
    }

    private static ZoneId zone(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
