package org.skillgraph.engine.mentoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One meeting of a pair, as recorded by either side.
 *
 * @param by {@code coach}, {@code learner} or {@code coordinator}
 * @param note free text, or {@code null}
 * @param progress how far each goal has come, in percent, as the pair sees it
 */
public record CheckIn(String id, LocalDate on, String by, String note, int minutes, List<Progress> progress) {

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(on, "on");
        progress = List.copyOf(progress);
    }

    /** Progress on one goal, 0–100. */
    public record Progress(String goalId, int percent) {}
}
