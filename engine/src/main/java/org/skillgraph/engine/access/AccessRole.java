package org.skillgraph.engine.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a token may do. {@code admin} everything, token management included; {@code designer} curriculum
 * reads and writes and aggregate metrics; {@code coordinator} cohorts, coach assignment, people's learning data
 * and aggregate metrics; {@code reader} curriculum and aggregate reads; {@code learner} bound to one person:
 * their own data, routes and the coaches suggested to them, never another person's levels; {@code connector} a
 * learning system sending xAPI statements, which may call the xAPI routes only.
 */
public enum AccessRole {
    ADMIN,
    DESIGNER,
    COORDINATOR,
    READER,
    LEARNER,
    CONNECTOR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AccessRole> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(r -> r.wireName().equalsIgnoreCase(name.strip()))
                .findFirst();
    }
}
