package org.skillgraph.engine.snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Walks REQUIRES rows; visits each skill once, so a cycle cannot trap it. */
final class PrerequisiteWalk {

    private PrerequisiteWalk() {}

    /**
     * Everything reachable from {@code root}, each with the highest level on an edge into it, by id. The
     * root itself appears only when it lies on a cycle.
     */
    static List<SkillLevel> transitive(CurriculumSnapshot snapshot, int root) {
        Map<Integer, Integer> required = new HashMap<>();
        List<Integer> frontier = new ArrayList<>(List.of(root));
        for (int next = 0; next < frontier.size(); next++) {
            int skill = frontier.get(next);
            for (int k = 0; k < snapshot.prerequisiteCount(skill); k++) {
                int prerequisite = snapshot.prerequisite(skill, k);
                int level = snapshot.prerequisiteLevel(skill, k);
                Integer before = required.get(prerequisite);
                if (before == null && prerequisite != root) {
                    frontier.add(prerequisite);
                }
                if (before == null || before < level) {
                    required.put(prerequisite, level);
                }
            }
        }
        TreeMap<String, Integer> byId = new TreeMap<>();
        required.forEach((skill, level) -> byId.put(snapshot.skillId(skill), level));
        List<SkillLevel> result = new ArrayList<>(byId.size());
        byId.forEach((id, level) -> result.add(new SkillLevel(id, level)));
        return List.copyOf(result);
    }
}
