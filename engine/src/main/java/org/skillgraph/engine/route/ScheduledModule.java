package org.skillgraph.engine.route;

import java.util.Objects;

/** Hours spent on one module in one week; {@code completes} when the module ends that week. */
public record ScheduledModule(String moduleId, double hours, boolean completes) {

    public ScheduledModule {
        Objects.requireNonNull(moduleId, "moduleId");
    }
}
