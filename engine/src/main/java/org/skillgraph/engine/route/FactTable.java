package org.skillgraph.engine.route;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Numbers the facts "skill at ≥ level": by skill index, then level, so the facts of one skill are
 * consecutive and ascending.
 */
final class FactTable {

    final int[] skill;
    final int[] level;
    private final Map<Long, Integer> ids = new HashMap<>();
    private final Map<Integer, int[]> bySkill = new HashMap<>();

    /** @param thresholds global skill to a {@link LevelMask} of its fact levels */
    FactTable(Map<Integer, Integer> thresholds) {
        int count = 0;
        for (int mask : thresholds.values()) {
            count += Integer.bitCount(mask);
        }
        skill = new int[count];
        level = new int[count];
        int next = 0;
        for (Map.Entry<Integer, Integer> entry : new TreeMap<>(thresholds).entrySet()) {
            int[] facts = new int[Integer.bitCount(entry.getValue())];
            int k = 0;
            for (int l : LevelMask.levels(entry.getValue())) {
                ids.put(key(entry.getKey(), l), next);
                skill[next] = entry.getKey();
                level[next] = l;
                facts[k++] = next++;
            }
            bySkill.put(entry.getKey(), facts);
        }
    }

    int size() {
        return skill.length;
    }

    /** The fact "global {@code skill} at ≥ {@code level}", or -1. */
    int fact(int skill, int level) {
        return ids.getOrDefault(key(skill, level), -1);
    }

    /** The facts of {@code skill} at or below {@code level}, ascending. */
    int[] upTo(int skill, int level) {
        int[] facts = bySkill.get(skill);
        if (facts == null) {
            return new int[0];
        }
        int count = 0;
        while (count < facts.length && this.level[facts[count]] <= level) {
            count++;
        }
        return count == facts.length ? facts : java.util.Arrays.copyOf(facts, count);
    }

    Map<Long, Integer> ids() {
        return ids;
    }

    private static long key(int skill, int level) {
        return (long) skill << 3 | level;
    }
}
