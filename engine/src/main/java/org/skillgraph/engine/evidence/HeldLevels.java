package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Value;
import org.skillgraph.engine.neo4j.Rows;

/**
 * A person's levels as the planners use them, from the stored {@code HOLDS} rows ({@code [skill, level,
 * source, at]}): each dated level decided by {@link LevelRules} on {@code today} (a stale one counts one lower
 * and is flagged), levels clamped to 0–5, the highest kept when a skill repeats.
 *
 * @param levels skill id to level
 * @param needsRefresh skills whose level counts lower because its evidence is old
 * @param selfAssessed skills whose level rests on the person's own rating only (the deciding source is {@code
 *     self}): shown as such, and never enough to make a coach
 */
public record HeldLevels(Map<String, Integer> levels, Set<String> needsRefresh, Set<String> selfAssessed) {

    public static HeldLevels of(List<Value> holds, LevelRules rules, LocalDate today) {
        var levels = new HashMap<String, Integer>();
        var refresh = new HashSet<String>();
        var self = new HashSet<String>();
        for (var h : holds) {
            var skill = h.get(0).asString();
            int level = h.get(1).isNull() ? 0 : Math.max(0, Math.min(5, h.get(1).asInt()));
            var at = Rows.date(h.get(3));
            if (level > 0 && EvidenceSource.SELF.wireName().equals(Rows.string(h.get(2)))) {
                self.add(skill);
            }
            if (at != null && level > 0) {
                var current = rules.decideHold(skill, Rows.string(h.get(2)), level, at, today);
                level = current.level();
                if (current.needsRefresh()) {
                    refresh.add(skill);
                }
            }
            levels.merge(skill, level, Math::max);
        }
        return new HeldLevels(levels, refresh, self);
    }
}
