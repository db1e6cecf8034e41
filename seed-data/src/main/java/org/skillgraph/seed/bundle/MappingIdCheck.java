package org.skillgraph.seed.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks the people's external ids and the modules' activity ids of a bundle as the mapping routes check them
 * ({@link MappingIds}), and that each id belongs to one person or module: not two of the bundle, and not one in
 * the graph that the bundle does not give new ids (a bundle may move an id from one to another it lists).
 */
final class MappingIdCheck {

    private MappingIdCheck() {}

    static List<BundleProblem> of(Bundle bundle, GraphLookup graph) {
        var problems = new ArrayList<BundleProblem>();
        check(
                "/people",
                "externalIds",
                "person",
                false,
                bundle.people(),
                Bundle.Person::id,
                Bundle.Person::externalIds,
                graph::externalIdHolders,
                problems);
        check(
                "/modules",
                "activityIds",
                "module",
                true,
                bundle.modules(),
                Bundle.Module::id,
                Bundle.Module::activityIds,
                graph::activityIdHolders,
                problems);
        return problems;
    }

    private static <T> void check(
            String section,
            String field,
            String kind,
            boolean iri,
            List<T> items,
            Function<T, String> idOf,
            Function<T, List<String>> idsOf,
            Function<java.util.Set<String>, Map<String, String>> holdersInGraph,
            List<BundleProblem> problems) {
        // Each valid id, the entity of the bundle giving it and where.
        var given = new LinkedHashMap<String, String>();
        var pointers = new HashMap<String, String>();
        var relisted = new HashSet<String>();
        for (int i = 0; i < items.size(); i++) {
            var ids = idsOf.apply(items.get(i));
            if (ids == null) {
                continue;
            }
            var owner = idOf.apply(items.get(i));
            relisted.add(owner);
            var seen = new HashSet<String>();
            for (int j = 0; j < ids.size(); j++) {
                var pointer = section + "/" + i + "/" + field + "/" + j;
                var id = ids.get(j);
                var problem = MappingIds.problem(id, iri, seen);
                if (problem != null) {
                    problems.add(new BundleProblem(pointer, problem));
                    continue;
                }
                var first = given.putIfAbsent(id, owner);
                if (first != null && !first.equals(owner)) {
                    problems.add(new BundleProblem(
                            pointer,
                            "'" + id + "' is already an id of " + kind + " '" + first + "' at " + pointers.get(id)
                                    + "; each belongs to one " + kind));
                } else {
                    pointers.putIfAbsent(id, pointer);
                }
            }
        }
        if (given.isEmpty()) {
            return;
        }
        holdersInGraph.apply(given.keySet()).forEach((id, holder) -> {
            var owner = given.get(id);
            // A holder the bundle gives other ids no longer holds this one once the bundle is written.
            if (owner != null && !owner.equals(holder) && !relisted.contains(holder)) {
                problems.add(new BundleProblem(
                        pointers.get(id),
                        "'" + id + "' is already an id of " + kind + " '" + holder + "' in the graph; each belongs to"
                                + " one " + kind));
            }
        });
    }
}
