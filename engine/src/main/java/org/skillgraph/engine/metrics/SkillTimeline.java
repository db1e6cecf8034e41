package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.skillgraph.engine.evidence.CurrentLevel;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.LevelRules;

/**
 * One person's level in one skill over time, by replaying the evidence through {@link LevelRules}. The
 * level can only change on a day when evidence starts to count, stops counting (the day after its expiry)
 * or starts to need a refresh, so those days are all a replay has to look at.
 */
final class SkillTimeline {

    private final List<EvidenceRecord> history;
    private final LevelRules rules;
    private final TreeSet<LocalDate> changeDays = new TreeSet<>();

    SkillTimeline(Collection<EvidenceRecord> history, LevelRules rules) {
        this.history = List.copyOf(history);
        this.rules = rules;
        for (var e : this.history) {
            changeDays.add(e.at());
            if (e.expiresAt() != null) {
                changeDays.add(e.expiresAt().plusDays(1));
            }
            // LevelRules: stale once at + refreshAfter is before the day asked.
            changeDays.add(e.at().plus(rules.refreshAfter()).plusDays(1));
        }
    }

    /**
     * A person's evidence split by skill, each skill's records in their original order: one pass, instead of
     * filtering the whole history again for every skill a role needs.
     */
    static Map<String, List<EvidenceRecord>> bySkill(List<EvidenceRecord> evidence) {
        var bySkill = new HashMap<String, List<EvidenceRecord>>();
        for (var e : evidence) {
            bySkill.computeIfAbsent(e.skillId(), s -> new ArrayList<>()).add(e);
        }
        return bySkill;
    }

    /** The level {@code history} (one skill's records) gives on {@code day}, as {@link #levelOn}; 0 without. */
    static int levelOn(List<EvidenceRecord> history, LevelRules rules, LocalDate day) {
        if (history.size() == 1) {
            // Most skills have one record (a holding without history): it decides alone when it counts, as
            // in LevelRules.current, without a stream and comparator per call; retention asks millions of times.
            var only = history.get(0);
            return only.validOn(day) ? rules.decide(only, day).level() : 0;
        }
        return history.isEmpty()
                ? 0
                : rules.current(history, day).map(CurrentLevel::level).orElse(0);
    }

    /** The level that counts on {@code day} (decay applied); 0 without evidence. */
    int levelOn(LocalDate day) {
        return levelOn(history, rules, day);
    }

    /** Days in {@code (after, until]} on which the level may change, in order. */
    TreeSet<LocalDate> changeDays(LocalDate after, LocalDate until) {
        if (after.isAfter(until)) {
            return new TreeSet<>();
        }
        return new TreeSet<>(changeDays.subSet(after, false, until, true));
    }

    /** Every rise of the level up to {@code until}: the day and the new level. */
    List<Rise> rises(LocalDate until) {
        var rises = new java.util.ArrayList<Rise>();
        int previous = 0;
        for (var day : changeDays.headSet(until, true)) {
            int level = levelOn(day);
            if (level > previous) {
                rises.add(new Rise(day, level));
            }
            previous = level;
        }
        return rises;
    }

    /**
     * The whole timeline as steps: for each day the level changes, {@code epochDay * 8 + level}, in day order;
     * {@link #levelOn(long[], LocalDate)} reads it back. Compact, so that every person's facts fit in memory.
     */
    long[] steps() {
        var steps = new java.util.ArrayList<Long>();
        int previous = 0;
        for (var day : changeDays) {
            int level = levelOn(day);
            if (level != previous) {
                steps.add(day.toEpochDay() * 8 + level);
            }
            previous = level;
        }
        return steps.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * The level on {@code day} of a timeline kept as {@link #steps()} in {@code steps[from, to)}: the last step
     * on or before it, else 0.
     */
    static int levelOn(long[] steps, int from, int to, LocalDate day) {
        long key = day.toEpochDay() * 8 + 7;
        int at = java.util.Arrays.binarySearch(steps, from, to, key);
        int last = at >= 0 ? at : -at - 2;
        return last < from ? 0 : (int) Math.floorMod(steps[last], 8L);
    }

    /** The level rose to {@code level} on {@code day}. */
    record Rise(LocalDate day, int level) {}
}
