package org.skillgraph.engine.snapshot;

import java.util.Objects;

/** A module that teaches some skill, and the level completing it brings the learner to. */
public record ModuleTeaching(ModuleInfo module, int level) {

    public ModuleTeaching {
        Objects.requireNonNull(module, "module");
        Levels.check(level, "level taught by " + module.id());
    }
}
