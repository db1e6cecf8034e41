package org.skillgraph.api.http;

/** Body of {@code PUT /skills/{id}/prerequisites/{prerequisiteId}}: the level (1–5) the prerequisite is needed at. */
record PrerequisiteBody(Integer level) {

    int checkedLevel() {
        var c = new BodyCheck();
        if (c.present("/level", level)) {
            c.range("/level", level, 1, 5);
        }
        c.throwIfInvalid("prerequisite");
        return level;
    }
}
