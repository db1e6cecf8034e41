package org.skillgraph.engine.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * An earned badge and whether its basis still holds. Badges are never revoked; a weakened basis is flagged.
 *
 * @param status {@code current}, {@code needs-refresh} (a certified level counts lower only because its
 *     evidence is old) or {@code lapsed} (a certified level is no longer evidenced at all, or lower)
 * @param weakSkills the certified skills behind a status other than {@code current}
 */
public record BadgeStatus(String badgeId, String name, LocalDate earnedAt, String status, List<String> weakSkills) {

    public BadgeStatus {
        weakSkills = List.copyOf(weakSkills);
    }
}
