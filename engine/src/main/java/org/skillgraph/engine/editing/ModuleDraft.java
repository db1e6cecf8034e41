package org.skillgraph.engine.editing;

import java.util.List;
import java.util.Objects;

/** A learning module with what it teaches and assumes; writing it replaces its properties and both lists. */
public record ModuleDraft(
        String id,
        String title,
        double hours,
        String modality,
        String pacing,
        String cycle,
        boolean core,
        List<String> aids,
        Integer passScore,
        String assessment,
        String status,
        List<LevelRef> teaches,
        List<LevelRef> assumes)
        implements EntityDraft {

    public ModuleDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        aids = List.copyOf(aids);
        teaches = List.copyOf(teaches);
        assumes = List.copyOf(assumes);
    }
}
