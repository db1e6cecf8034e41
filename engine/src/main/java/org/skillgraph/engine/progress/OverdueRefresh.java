package org.skillgraph.engine.progress;

import java.time.LocalDate;

/**
 * A level whose evidence is older than the refresh period: it counts one lower until evidenced again.
 *
 * @param dueSince the day the refresh became due
 */
public record OverdueRefresh(
        String skillId,
        String name,
        int evidencedLevel,
        int countsAs,
        String source,
        LocalDate at,
        LocalDate dueSince) {}
