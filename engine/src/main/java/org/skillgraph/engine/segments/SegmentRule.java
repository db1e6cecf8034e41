package org.skillgraph.engine.segments;

import java.util.List;
import java.util.Objects;

/**
 * A segment defined in data (a cohort's {@code segments} in the bundle). A member belongs when every condition
 * given holds; a condition left out ({@code null} bound, empty list) holds for everyone.
 *
 * @param readinessMin lowest readiness (0–1) for the member's role, inclusive
 * @param readinessMax highest readiness, inclusive
 * @param roleLevelMin lowest career level of the member's current role, inclusive
 * @param roleLevelMax highest, inclusive
 * @param targetRoles target roles admitted
 * @param paces paces admitted ({@code Person.pace}, e.g. {@code slow}, {@code steady}, {@code fast})
 */
public record SegmentRule(
        String id,
        String name,
        String description,
        Double readinessMin,
        Double readinessMax,
        Integer roleLevelMin,
        Integer roleLevelMax,
        List<String> targetRoles,
        List<String> paces) {

    public SegmentRule {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        targetRoles = targetRoles == null ? List.of() : List.copyOf(targetRoles);
        paces = paces == null ? List.of() : List.copyOf(paces);
    }

    /**
     * Whether a member with these facts belongs; an unknown fact ({@code null}) fails any condition on it.
     *
     * @param readiness readiness for the role the segments are computed against, or {@code null}
     * @param roleLevel career level of the current role, or {@code null}
     */
    public boolean admits(Double readiness, Integer roleLevel, String targetRole, String pace) {
        return within(readiness, readinessMin, readinessMax)
                && within(
                        roleLevel == null ? null : roleLevel.doubleValue(),
                        toDouble(roleLevelMin),
                        toDouble(roleLevelMax))
                // Immutable lists refuse contains(null): an unknown fact fails the condition instead.
                && (targetRoles.isEmpty() || (targetRole != null && targetRoles.contains(targetRole)))
                && (paces.isEmpty() || (pace != null && paces.contains(pace)));
    }

    private static boolean within(Double value, Double min, Double max) {
        if (min == null && max == null) {
            return true;
        }
        return value != null && (min == null || value >= min - 1e-9) && (max == null || value <= max + 1e-9);
    }

    private static Double toDouble(Integer value) {
        return value == null ? null : value.doubleValue();
    }
}
