package org.skillgraph.engine.ids;

import java.util.Locale;

/** The kind an id belongs to, as answers name it: the model label in lower case ({@code Skill} → {@code skill}). */
public final class IdKinds {

    private IdKinds() {}

    public static String of(String label) {
        return label.toLowerCase(Locale.ROOT);
    }
}
