package org.skillgraph.engine.career;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's role history, anonymous: the roles they held in start order and the role they hold now.
 *
 * @param stints the roles held, by start date; a role appears at most once
 * @param current the role held now, or {@code null}
 */
public record RoleHistory(List<Stint> stints, String current) {

    public RoleHistory {
        stints = List.copyOf(stints);
    }

    /** A role held from {@code from} until {@code to} ({@code null}: still, or not recorded). */
    public record Stint(String role, LocalDate from, LocalDate to) {
        public Stint {
            Objects.requireNonNull(role, "role");
        }
    }
}
