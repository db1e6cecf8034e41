package org.skillgraph.engine.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.engine.error.ConflictException;

/**
 * The delete guards: reads what refers to an entity (a {@code read/*-dependents} resource whose columns
 * are lists of ids or counts) and refuses the delete while anything does, unless forced.
 */
final class Dependents {

    /** Ids listed per group; the count always tells the whole number. */
    static final int MAX_IDS = 50;

    private Dependents() {}

    /** One group per non-empty column, in column order. */
    static List<DependentGroup> of(Record row) {
        var groups = new ArrayList<DependentGroup>();
        for (var column : row.keys()) {
            var value = row.get(column);
            if (value.asObject() instanceof List<?>) {
                var ids = value.asList(Value::asString);
                if (!ids.isEmpty()) {
                    groups.add(new DependentGroup(column, ids.size(), ids.subList(0, Math.min(MAX_IDS, ids.size()))));
                }
            } else if (value.asLong() > 0) {
                groups.add(new DependentGroup(column, value.asInt(), List.of()));
            }
        }
        return groups;
    }

    /** Throws 409 {@code has-dependents} when {@code groups} is not empty and the caller did not force. */
    static void refuseUnlessForced(String kind, String id, List<DependentGroup> groups, boolean force) {
        if (force || groups.isEmpty()) {
            return;
        }
        throw new ConflictException(
                "has-dependents",
                "The " + kind + " '" + id + "' is still referred to (" + summary(groups)
                        + "); change those first, or pass force=true to delete it together with those references",
                Map.of("dependents", groups));
    }

    static String summary(List<DependentGroup> groups) {
        var parts = new ArrayList<String>();
        groups.forEach(g -> parts.add(g.kind() + ": " + g.count()));
        return String.join(", ", parts);
    }
}
