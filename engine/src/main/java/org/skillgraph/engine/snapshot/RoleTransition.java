package org.skillgraph.engine.snapshot;

import java.util.Objects;

/** A career move to {@code roleId}; {@code kind} is {@code promotion} or {@code lateral}. */
public record RoleTransition(String roleId, String kind) {

    public RoleTransition {
        Objects.requireNonNull(roleId, "roleId");
        Objects.requireNonNull(kind, "kind");
    }
}
