package org.skillgraph.engine.snapshot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The prerequisites a learner must raise before raising some target skills.
 *
 * <p>Raising a skill requires holding each direct prerequisite at its REQUIRES level. A prerequisite already
 * held at that level is not followed further: having gained it, its own prerequisites block nothing. One
 * held below the level must itself be raised, so its prerequisites count too, and so on. The level asked of
 * a prerequisite is the highest level any skill that must be raised requires it at.
 */
public final class ImpliedPrerequisites {

    private ImpliedPrerequisites() {}

    /**
     * The prerequisites {@code learner} must raise to raise every skill of {@code targetSkillIds}, by id.
     * Unknown target ids are ignored. A target may itself appear when another target requires it.
     */
    public static List<ImpliedPrerequisite> of(
            CurriculumSnapshot snapshot, LearnerState learner, Collection<String> targetSkillIds) {
        Map<Integer, Integer> levels = new HashMap<>();
        Map<Integer, Set<String>> neededFor = new HashMap<>();
        for (String targetId : new TreeSet<>(targetSkillIds)) {
            int target = snapshot.skillIndex(targetId);
            if (target < 0) {
                continue;
            }
            walk(snapshot, learner, target).forEach((skill, level) -> {
                levels.merge(skill, level, Math::max);
                neededFor.computeIfAbsent(skill, s -> new TreeSet<>()).add(targetId);
            });
        }
        TreeMap<String, ImpliedPrerequisite> byId = new TreeMap<>();
        levels.forEach((skill, level) -> byId.put(
                snapshot.skillId(skill),
                new ImpliedPrerequisite(snapshot.skillId(skill), level, new ArrayList<>(neededFor.get(skill)))));
        return List.copyOf(byId.values());
    }

    /** The prerequisites to raise for one target: skill index to level, only those held below it. */
    private static Map<Integer, Integer> walk(CurriculumSnapshot snapshot, LearnerState learner, int target) {
        Map<Integer, Integer> required = new HashMap<>();
        Set<Integer> expanded = new HashSet<>(Set.of(target));
        Deque<Integer> toExpand = new ArrayDeque<>(List.of(target));
        while (!toExpand.isEmpty()) {
            int skill = toExpand.poll();
            for (int k = 0; k < snapshot.prerequisiteCount(skill); k++) {
                int prerequisite = snapshot.prerequisite(skill, k);
                int level = required.merge(prerequisite, snapshot.prerequisiteLevel(skill, k), Math::max);
                if (learner.levelOf(snapshot.skillId(prerequisite)) < level && expanded.add(prerequisite)) {
                    toExpand.add(prerequisite);
                }
            }
        }
        required.remove(target);
        required.entrySet().removeIf(e -> learner.levelOf(snapshot.skillId(e.getKey())) >= e.getValue());
        return required;
    }
}
