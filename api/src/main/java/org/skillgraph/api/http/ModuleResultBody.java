package org.skillgraph.api.http;

import java.time.LocalDate;

/** Body of {@code POST /people/{id}/modules/{moduleId}/results}: a score 0–100 (optional for a module passed on completion) and its day. */
record ModuleResultBody(Double score, LocalDate at) {

    void check() {
        var c = new BodyCheck();
        c.range("/score", score, 0, 100);
        c.present("/at", at);
        c.throwIfInvalid("module result");
    }
}
