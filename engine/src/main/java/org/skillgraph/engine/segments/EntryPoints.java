package org.skillgraph.engine.segments;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a segment starts and what it can leave out, from its members' routes (pure).
 *
 * <ul>
 *   <li><b>Entry point</b>: the modules at least half of the members' routes contain, by their mean position in
 *       those routes, the first {@code steps} of them: the steps most of the group would take first anyway.
 *   <li><b>Skippable</b>: modules of the from-scratch route of a member's role that more than half of the members
 *       whose role's route holds them do not need in their own route.
 * </ul>
 */
final class EntryPoints {

    private EntryPoints() {}

    /** A module shared by {@code members} routes at mean position {@code meanPosition} (from 0). */
    record Shared(String moduleId, int members, double meanPosition) {}

    /** A module {@code members} of {@code of} members can skip. */
    record Skip(String moduleId, int members, int of) {}

    /** One member's own route and the from-scratch route of their role, module ids in route order. */
    record Routes(List<String> own, List<String> fromScratch) {
        Routes {
            own = List.copyOf(own);
            fromScratch = List.copyOf(fromScratch);
        }
    }

    static List<Shared> entry(Collection<Routes> members, int steps) {
        var counts = new LinkedHashMap<String, int[]>();
        for (var m : members) {
            for (int i = 0; i < m.own().size(); i++) {
                var slot = counts.computeIfAbsent(m.own().get(i), id -> new int[2]);
                slot[0]++;
                slot[1] += i;
            }
        }
        var shared = new ArrayList<Shared>();
        counts.forEach((id, c) -> {
            if (2 * c[0] >= members.size()) {
                shared.add(new Shared(id, c[0], Math.round(10.0 * c[1] / c[0]) / 10.0));
            }
        });
        shared.sort(Comparator.comparingDouble(Shared::meanPosition)
                .thenComparing(Comparator.comparingInt(Shared::members).reversed())
                .thenComparing(Shared::moduleId));
        return List.copyOf(shared.subList(0, Math.min(steps, shared.size())));
    }

    static List<Skip> skippable(Collection<Routes> members) {
        Map<String, int[]> counts = new HashMap<>();
        for (var m : members) {
            for (var module : m.fromScratch()) {
                var slot = counts.computeIfAbsent(module, id -> new int[2]);
                slot[1]++;
                if (!m.own().contains(module)) {
                    slot[0]++;
                }
            }
        }
        var skips = new ArrayList<Skip>();
        counts.forEach((id, c) -> {
            if (2 * c[0] > c[1]) {
                skips.add(new Skip(id, c[0], c[1]));
            }
        });
        skips.sort(Comparator.comparingInt(Skip::members).reversed().thenComparing(Skip::moduleId));
        return List.copyOf(skips);
    }
}
