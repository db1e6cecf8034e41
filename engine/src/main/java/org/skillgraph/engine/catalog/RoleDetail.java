package org.skillgraph.engine.catalog;

import java.util.List;

/** A role with its skill profile and the career moves into and out of it. */
public record RoleDetail(
        String id,
        String title,
        String family,
        Integer level,
        String description,
        List<ProfileEntry> profile,
        List<Move> movesOut,
        List<Move> movesIn) {

    public RoleDetail {
        profile = List.copyOf(profile);
        movesOut = List.copyOf(movesOut);
        movesIn = List.copyOf(movesIn);
    }

    /** One needed skill: required level, importance 1–5, essential or not. */
    public record ProfileEntry(String skillId, String name, int level, int importance, boolean essential) {}

    /** A career move to or from another role ({@code promotion} or {@code lateral}). */
    public record Move(String roleId, String title, String kind) {}
}
