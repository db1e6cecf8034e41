package org.skillgraph.engine.metrics;

/**
 * Whom a metric covers; every part is optional and they combine (all must hold).
 *
 * @param role people whose target role this is, or {@code null} for any
 * @param cohort members of this cohort, or {@code null} for any
 * @param department people of this department (exact name), or {@code null} for any
 */
public record MetricsFilter(String role, String cohort, String department) {

    /** Everyone. */
    public static MetricsFilter everyone() {
        return new MetricsFilter(null, null, null);
    }
}
