package org.skillgraph.engine.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/** The ids a draft refers to, each with the JSON pointer it came from; resolved in one lookup per label. */
final class References {

    private final Map<String, Map<String, List<String>>> pointersByLabel = new LinkedHashMap<>();

    References one(String label, String pointer, String id) {
        if (id != null) {
            pointersByLabel
                    .computeIfAbsent(label, l -> new LinkedHashMap<>())
                    .computeIfAbsent(id, i -> new ArrayList<>())
                    .add(pointer);
        }
        return this;
    }

    References list(String label, String pointer, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            one(label, pointer + "/" + i, ids.get(i));
        }
        return this;
    }

    References levels(String pointer, List<LevelRef> refs) {
        for (int i = 0; i < refs.size(); i++) {
            one("Skill", pointer + "/" + i + "/skill", refs.get(i).skill());
        }
        return this;
    }

    /** Throws {@code unknown-reference} naming every id that is not in the graph, by pointer. */
    void requireIn(EditTx graph) {
        var errors = new ArrayList<FieldError>();
        pointersByLabel.forEach((label, pointers) -> {
            var found = graph.existing(label, pointers.keySet());
            pointers.forEach((id, at) -> {
                if (!found.contains(id)) {
                    at.forEach(p -> errors.add(
                            new FieldError(p, "unknown " + label.toLowerCase(Locale.ROOT) + " '" + id + "'")));
                }
            });
        });
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::pointer));
            throw new InvalidRequestException(
                    "unknown-reference", "The body refers to entities that do not exist; nothing was written", errors);
        }
    }
}
