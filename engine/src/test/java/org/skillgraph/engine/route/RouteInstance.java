package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * A small random curriculum for property tests, by int index: skills {@code s0..}, modules {@code m0..}.
 * Parallel edges are merged (highest level) here, exactly as the snapshot merges them, so the oracle and the
 * planner read the same curriculum.
 */
record RouteInstance(
        int skillCount,
        Map<Integer, Map<Integer, Integer>> requires,
        List<Module> modules,
        int[] start,
        Set<Integer> completed,
        Set<Integer> decayed,
        Map<Integer, Integer> targets,
        RoutePreferences preferences) {

    /** A module; {@code teaches} and {@code assumes} map skill index to level. */
    record Module(
            double hours,
            Map<Integer, Integer> teaches,
            Map<Integer, Integer> assumes,
            boolean core,
            boolean published,
            String modality,
            boolean selfPaced) {}

    /** An edge of a random instance before merging. */
    record Edge(int from, int to, int level) {}

    static RouteInstance of(
            int skillCount,
            List<Edge> requires,
            List<Module> modules,
            int[] start,
            Set<Integer> completed,
            Set<Integer> decayed,
            List<Edge> targets,
            RoutePreferences preferences) {
        Map<Integer, Map<Integer, Integer>> merged = new TreeMap<>();
        for (Edge edge : requires) {
            merged.computeIfAbsent(edge.from(), s -> new TreeMap<>()).merge(edge.to(), edge.level(), Math::max);
        }
        Map<Integer, Integer> targetLevels = new TreeMap<>();
        targets.forEach(t -> targetLevels.merge(t.from(), t.level(), Math::max));
        Set<Integer> done = new HashSet<>();
        completed.stream().filter(m -> m < modules.size()).forEach(done::add);
        return new RouteInstance(
                skillCount, merged, modules, start, done, Set.copyOf(decayed), targetLevels, preferences);
    }

    Map<Integer, Integer> prerequisites(int skill) {
        return requires.getOrDefault(skill, Map.of());
    }

    /**
     * Whether the planner may use module {@code m}: published, not completed (or a {@linkplain #repeat repeat}),
     * allowed by the preferences.
     */
    boolean allowed(int m) {
        Module module = modules.get(m);
        return module.published()
                && (!completed.contains(m) || repeat(m))
                && !preferences.excludedModalities().contains(module.modality())
                && (!preferences.selfPacedOnly() || module.selfPaced());
    }

    /** The repeat rule read literally: completed, and a skill it teaches decayed below the level it teaches. */
    boolean repeat(int m) {
        if (!completed.contains(m)) {
            return false;
        }
        for (Map.Entry<Integer, Integer> taught : modules.get(m).teaches().entrySet()) {
            if (decayed.contains(taught.getKey()) && start[taught.getKey()] < taught.getValue()) {
                return true;
            }
        }
        return false;
    }

    List<Integer> allowedModules() {
        List<Integer> allowed = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            if (allowed(m)) {
                allowed.add(m);
            }
        }
        return allowed;
    }

    static String skill(int index) {
        return "s" + index;
    }

    static String module(int index) {
        return "m" + index;
    }

    static int moduleIndex(String id) {
        return Integer.parseInt(id.substring(1));
    }

    CurriculumSnapshot snapshot() {
        CurriculumSnapshot.Builder builder = CurriculumSnapshot.builder(1);
        for (int s = 0; s < skillCount; s++) {
            builder.skill(skill(s), "Skill " + s);
        }
        requires.forEach((skill, prerequisites) -> prerequisites.forEach(
                (prerequisite, level) -> builder.requires(skill(skill), skill(prerequisite), level)));
        for (int m = 0; m < modules.size(); m++) {
            Module module = modules.get(m);
            builder.module(new ModuleInfo(
                    module(m),
                    "Module " + m,
                    module.hours(),
                    module.modality(),
                    module.selfPaced() ? "self-paced" : "scheduled",
                    null,
                    module.core(),
                    module.published() ? "published" : "draft",
                    null));
            int index = m;
            module.teaches().forEach((skill, level) -> builder.teaches(module(index), skill(skill), level));
            module.assumes().forEach((skill, level) -> builder.assumes(module(index), skill(skill), level));
        }
        return builder.build();
    }

    LearnerState learner() {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (int s = 0; s < skillCount; s++) {
            if (start[s] > 0) {
                levels.put(skill(s), start[s]);
            }
        }
        Set<String> done = new HashSet<>();
        completed.forEach(m -> done.add(module(m)));
        Set<String> stale = new HashSet<>();
        decayed.forEach(s -> stale.add(skill(s)));
        return new LearnerState(levels, done, stale);
    }

    Map<String, Integer> targetMap() {
        Map<String, Integer> map = new TreeMap<>();
        targets.forEach((skill, level) -> map.put(skill(skill), level));
        return map;
    }
}
