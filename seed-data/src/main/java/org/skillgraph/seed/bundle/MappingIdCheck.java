package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the people's external ids and the modules' and skills' activity ids of a bundle as the mapping routes check
 * them ({@link MappingIds}), and that each id belongs to one person, or to one module or skill (activity ids of
 * modules and skills are one namespace): not two of the bundle, and not one in the graph that the bundle does not
 * give new ids (a bundle may move an id from one to another it lists).
 */
final class MappingIdCheck {

    private MappingIdCheck() {}

    /** Who gives or holds an id: its kind (person, module, skill) and id. */
    private record Owner(String kind, String id) {
        @Override
        public String toString() {
            return kind + " '" + id + "'";
        }
    }

    /** One entity of the bundle with its list of ids (null: left out, the stored ones kept). */
    private record Entry(String pointer, Owner owner, List<String> ids) {}

    static List<BundleProblem> of(Bundle bundle, GraphLookup graph) {
        var problems = new ArrayList<BundleProblem>();
        var people = new ArrayList<Entry>();
        for (int i = 0; i < bundle.people().size(); i++) {
            var p = bundle.people().get(i);
            people.add(new Entry("/people/" + i + "/externalIds", new Owner("person", p.id()), p.externalIds()));
        }
        check(people, false, "person", ids -> holders(graph.externalIdHolders(ids), "person"), problems);
        var activities = new ArrayList<Entry>();
        for (int i = 0; i < bundle.modules().size(); i++) {
            var m = bundle.modules().get(i);
            activities.add(new Entry("/modules/" + i + "/activityIds", new Owner("module", m.id()), m.activityIds()));
        }
        for (int i = 0; i < bundle.skills().size(); i++) {
            var s = bundle.skills().get(i);
            activities.add(new Entry("/skills/" + i + "/activityIds", new Owner("skill", s.id()), s.activityIds()));
        }
        check(
                activities,
                true,
                "module or skill",
                ids -> {
                    var found = holders(graph.activityIdHolders(ids), "module");
                    found.putAll(holders(graph.skillActivityIdHolders(ids), "skill"));
                    return found;
                },
                problems);
        return problems;
    }

    private static Map<String, Owner> holders(Map<String, String> found, String kind) {
        var out = new HashMap<String, Owner>();
        found.forEach((id, holder) -> out.put(id, new Owner(kind, holder)));
        return out;
    }

    private static void check(
            List<Entry> entries,
            boolean iri,
            String kinds,
            java.util.function.Function<Set<String>, Map<String, Owner>> inGraph,
            List<BundleProblem> problems) {
        var given = new LinkedHashMap<String, Owner>();
        var pointers = new HashMap<String, String>();
        var relisted = new HashSet<Owner>();
        for (var entry : entries) {
            if (entry.ids() == null) {
                continue;
            }
            relisted.add(entry.owner());
            var seen = new HashSet<String>();
            for (int j = 0; j < entry.ids().size(); j++) {
                var pointer = entry.pointer() + "/" + j;
                var id = entry.ids().get(j);
                var problem = MappingIds.problem(id, iri, seen);
                if (problem != null) {
                    problems.add(new BundleProblem(pointer, problem));
                    continue;
                }
                var first = given.putIfAbsent(id, entry.owner());
                if (first != null) {
                    problems.add(new BundleProblem(
                            pointer,
                            "'" + id + "' is already an id of " + first + " at " + pointers.get(id)
                                    + "; each belongs to one " + kinds));
                } else {
                    pointers.put(id, pointer);
                }
            }
        }
        if (given.isEmpty()) {
            return;
        }
        inGraph.apply(given.keySet()).forEach((id, holder) -> {
            var owner = given.get(id);
            // A holder the bundle gives other ids no longer holds this one once the bundle is written.
            if (owner != null && !owner.equals(holder) && !relisted.contains(holder)) {
                problems.add(new BundleProblem(
                        pointers.get(id),
                        "'" + id + "' is already an id of " + holder + " in the graph; each belongs to one " + kinds));
            }
        });
    }
}
