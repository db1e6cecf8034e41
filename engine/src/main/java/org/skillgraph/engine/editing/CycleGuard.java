package org.skillgraph.engine.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.skillgraph.engine.error.ConflictException;

/**
 * Refuses an edge that would close a cycle. Runs inside the editing transaction after the Meta lock
 * ({@link EditTx#begin}), so no concurrent editor can add the other half of a cycle meanwhile.
 */
final class CycleGuard {

    private CycleGuard() {}

    /**
     * Throws a 409 {@link ConflictException} with the cycle ({@code [from, to, …, from]}) when a path
     * already leads from {@code to} back to {@code from}.
     *
     * @param pointer where the edge came from in the body, or {@code null} when it came from the path
     */
    static void refuse(EditTx graph, Hierarchy hierarchy, String from, String to, String pointer) {
        List<String> back = from.equals(to)
                ? List.of(from)
                : graph.path(hierarchy.label, hierarchy.type, to, from).orElse(null);
        if (back == null) {
            return;
        }
        var cycle = new ArrayList<String>();
        cycle.add(from);
        cycle.addAll(back);
        var details = new LinkedHashMap<String, Object>();
        details.put("cycle", List.copyOf(cycle));
        if (pointer != null) {
            details.put("pointer", pointer);
        }
        var kind = hierarchy.label.toLowerCase(Locale.ROOT);
        throw new ConflictException(
                hierarchy.code,
                "The " + kind + " '" + from + "' cannot " + verb(hierarchy) + " '" + to
                        + "': that would close the cycle " + String.join(" → ", cycle),
                details);
    }

    private static String verb(Hierarchy hierarchy) {
        return switch (hierarchy) {
            case PREREQUISITES -> "require";
            case SKILL_TAXONOMY, TOPIC_TAXONOMY -> "be narrower than";
            case REPORTING_LINES -> "report to";
        };
    }
}
