package org.skillgraph.seed.bundle;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.UpsertQueries;

/**
 * The state of a bundle's entities in the graph (properties and outgoing relationships), read before and
 * after a rehearsed import to tell created, updated and unchanged entities apart.
 */
final class EntityStates {

    /** One kind of entity the bundle declares: its name in reports, its label, its ids. */
    record Kind(String name, String label, List<String> ids) {}

    /** An entity as the graph holds it; relationships counted, as two may be alike. */
    record State(Map<String, Object> properties, Map<List<Object>, Long> outgoing) {}

    /**
     * Properties that are bookkeeping, not what a bundle says: a person's {@code factsVersion} (the key API nodes
     * keep metric facts under) moves with every import of the person, changed or not.
     */
    private static final Set<String> BOOKKEEPING = Set.of("factsVersion");

    private EntityStates() {}

    static List<Kind> kinds(Bundle b) {
        return List.of(
                kind("topics", "Topic", b.topics(), Bundle.Topic::id),
                kind("skills", "Skill", b.skills(), Bundle.Skill::id),
                kind("roles", "Role", b.roles(), Bundle.Role::id),
                kind("modules", "Module", b.modules(), Bundle.Module::id),
                kind("people", "Person", b.people(), Bundle.Person::id),
                kind("cohorts", "Cohort", b.cohorts(), Bundle.Cohort::id),
                kind(
                        "segments",
                        "Segment",
                        b.cohorts().stream().flatMap(c -> c.segments().stream()).toList(),
                        Bundle.Segment::id),
                kind("badges", "Badge", b.badges(), Bundle.Badge::id),
                kind("frameworks", "Framework", b.frameworks(), Bundle.Framework::id));
    }

    /** Per kind, the state of each of its ids that exists. */
    static Map<String, Map<String, State>> read(SimpleQueryRunner tx, List<Kind> kinds) {
        var states = new HashMap<String, Map<String, State>>();
        for (var kind : kinds) {
            var found = new HashMap<String, State>();
            if (!kind.ids().isEmpty()) {
                tx.run(UpsertQueries.entityStates(kind.label()), Map.of("ids", kind.ids()))
                        .forEachRemaining(r -> found.put(
                                r.get("id").asString(),
                                new State(
                                        withoutBookkeeping(r.get("properties").asMap()), outgoing(r.get("outgoing")))));
            }
            states.put(kind.name(), found);
        }
        return states;
    }

    static Map<String, DryRunReport.Changes> compare(
            List<Kind> kinds, Map<String, Map<String, State>> before, Map<String, Map<String, State>> after) {
        var changes = new LinkedHashMap<String, DryRunReport.Changes>();
        for (var kind : kinds) {
            int created = 0;
            int updated = 0;
            int unchanged = 0;
            var was = before.get(kind.name());
            var is = after.get(kind.name());
            for (var id : kind.ids()) {
                if (!was.containsKey(id)) {
                    created++;
                } else if (was.get(id).equals(is.get(id))) {
                    unchanged++;
                } else {
                    updated++;
                }
            }
            changes.put(kind.name(), new DryRunReport.Changes(created, updated, unchanged));
        }
        return changes;
    }

    private static Map<String, Object> withoutBookkeeping(Map<String, Object> properties) {
        var kept = new HashMap<>(properties);
        kept.keySet().removeAll(BOOKKEEPING);
        return kept;
    }

    private static Map<List<Object>, Long> outgoing(Value relationships) {
        // OPTIONAL MATCH without a match collects one [null, null, null]; it is no relationship.
        return relationships.asList(Value::asList).stream()
                .filter(r -> r.get(0) != null)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static <T> Kind kind(String name, String label, List<T> items, Function<T, String> id) {
        return new Kind(name, label, items.stream().map(id).distinct().toList());
    }
}
