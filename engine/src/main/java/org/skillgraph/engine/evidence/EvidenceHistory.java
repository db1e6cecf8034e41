package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One person's evidence, grouped by skill, replayable on any day: what {@link LevelRules} made of it then.
 * Used to replay readiness over time (and by measurement, to find when a level was reached).
 */
public final class EvidenceHistory {

    private final Map<String, List<EvidenceRecord>> bySkill;

    private EvidenceHistory(Map<String, List<EvidenceRecord>> bySkill) {
        this.bySkill = bySkill;
    }

    /**
     * The history of {@code records}. A current holding ({@code HOLDS}) without matching evidence (set by hand
     * or by an older import) may be passed among them as evidence of its own.
     */
    public static EvidenceHistory of(Collection<EvidenceRecord> records) {
        var bySkill = new TreeMap<String, List<EvidenceRecord>>();
        records.forEach(r ->
                bySkill.computeIfAbsent(r.skillId(), s -> new ArrayList<>()).add(r));
        bySkill.replaceAll((s, list) -> List.copyOf(list));
        return new EvidenceHistory(bySkill);
    }

    /** The current level of every skill with evidence counting on {@code day}, by skill id. */
    public Map<String, CurrentLevel> levelsOn(LevelRules rules, LocalDate day) {
        var levels = new TreeMap<String, CurrentLevel>();
        bySkill.forEach((skill, history) -> rules.current(history, day).ifPresent(c -> levels.put(skill, c)));
        return levels;
    }

    /** Whether the history has a record of {@code skillId} with this source, level and day. */
    public boolean contains(String skillId, EvidenceSource source, int level, LocalDate at) {
        return bySkill.getOrDefault(skillId, List.of()).stream()
                .anyMatch(e -> e.source() == source && e.level() == level && e.at().equals(at));
    }
}
