package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.LevelRules;

/**
 * Every rise of one person's levels, each with whether it was still current at each horizon: retention's
 * facts per person, independent of the day asked (a later "today" only decides which rises and horizons have
 * come). Kept compact: one {@code long} per rise.
 *
 * @param horizons the horizons {@code rises} were worked out for
 * @param rises {@code epochDay * 8 + level} of each rise, in skill then day order
 * @param retained per rise, bit {@code h} set when it was still current {@code horizons[h]} days later
 */
record RetentionFacts(List<Integer> horizons, long[] rises, int[] retained) {

    static final RetentionFacts NONE = new RetentionFacts(List.of(), new long[0], new int[0]);

    static RetentionFacts of(PersonHistory person, LevelRules rules, List<Integer> horizons) {
        var bySkill = new TreeMap<String, List<EvidenceRecord>>();
        person.evidence()
                .forEach(e -> bySkill.computeIfAbsent(e.skillId(), s -> new ArrayList<>())
                        .add(e));
        var rises = new ArrayList<Long>();
        var retained = new ArrayList<Integer>();
        for (var history : bySkill.values()) {
            var timeline = new SkillTimeline(history, rules);
            for (var rise : timeline.rises(LocalDate.MAX)) {
                rises.add(rise.day().toEpochDay() * 8 + rise.level());
                int bits = 0;
                for (int h = 0; h < horizons.size(); h++) {
                    var later = rise.day().plusDays(horizons.get(h));
                    if (timeline.levelOn(later) >= rise.level()) {
                        bits |= 1 << h;
                    }
                }
                retained.add(bits);
            }
        }
        return new RetentionFacts(
                List.copyOf(horizons),
                rises.stream().mapToLong(Long::longValue).toArray(),
                retained.stream().mapToInt(Integer::intValue).toArray());
    }

    int size() {
        return rises.length;
    }

    LocalDate day(int i) {
        return LocalDate.ofEpochDay(Math.floorDiv(rises[i], 8L));
    }

    boolean retained(int i, int horizon) {
        return (retained[i] & (1 << horizon)) != 0;
    }
}
