package org.skillgraph.engine.editing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's evidenced level in one skill.
 *
 * @param at when the evidence was recorded; {@code null} means today
 * @param confidence how sure the source is (0–1), or {@code null}
 */
public record HoldingDraft(int level, String source, LocalDate at, Double confidence) {

    public HoldingDraft {
        Objects.requireNonNull(source, "source");
    }
}
