package org.skillgraph.api.http;

import java.time.LocalDate;
import org.skillgraph.engine.editing.HoldingDraft;

/** Body of {@code PUT /people/{id}/skills/{skillId}}: a held level (0–5) with its evidence. */
record HoldingBody(Integer level, String source, LocalDate at, Double confidence) {

    HoldingDraft toDraft() {
        var c = new BodyCheck();
        if (c.present("/level", level)) {
            c.range("/level", level, 0, 5);
        }
        if (c.present("/source", source)) {
            c.oneOf("/source", source, Vocabulary.SOURCES);
        }
        c.range("/confidence", confidence, 0, 1);
        c.throwIfInvalid("holding");
        return new HoldingDraft(level, source, at, confidence);
    }
}
