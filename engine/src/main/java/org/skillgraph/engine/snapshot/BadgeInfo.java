package org.skillgraph.engine.snapshot;

import java.util.List;
import java.util.Objects;

/** A micro-credential: earnable once every certified skill is held at its level. */
public record BadgeInfo(String id, String name, List<SkillLevel> certifies) {

    public BadgeInfo {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        certifies = List.copyOf(certifies);
    }
}
