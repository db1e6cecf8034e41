package org.skillgraph.engine.snapshot;

import java.util.Objects;

/**
 * A role of the organisation.
 *
 * @param family role family, or {@code null}
 * @param level career level, or {@code null}
 */
public record RoleInfo(String id, String title, String family, Integer level) {

    public RoleInfo {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
    }
}
