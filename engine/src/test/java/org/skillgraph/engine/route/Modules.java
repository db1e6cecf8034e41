package org.skillgraph.engine.route;

import org.skillgraph.engine.snapshot.ModuleInfo;

/** Module fixtures for hand-made curricula. */
final class Modules {

    private Modules() {}

    static ModuleInfo core(String id, double hours) {
        return new ModuleInfo(id, "Title of " + id, hours, "course", "self-paced", null, true, "published", null);
    }

    static ModuleInfo optional(String id, double hours) {
        return new ModuleInfo(id, "Title of " + id, hours, "course", "self-paced", null, false, "published", null);
    }

    static ModuleInfo withModality(String id, double hours, String modality) {
        return new ModuleInfo(id, "Title of " + id, hours, modality, "self-paced", null, true, "published", null);
    }

    static ModuleInfo scheduled(String id, double hours) {
        return new ModuleInfo(id, "Title of " + id, hours, "workshop", "scheduled", "weekly", true, "published", 70);
    }

    static ModuleInfo withStatus(String id, double hours, String status) {
        return new ModuleInfo(id, "Title of " + id, hours, "course", "self-paced", null, true, status, null);
    }
}
