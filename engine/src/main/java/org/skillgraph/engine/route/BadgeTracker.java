package org.skillgraph.engine.route;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import org.skillgraph.engine.snapshot.BadgeCatalog;
import org.skillgraph.engine.snapshot.BadgeInfo;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.SkillLevel;

/** Notes the step after which each badge not earnable at the start becomes earnable. */
final class BadgeTracker {

    private final CurriculumSnapshot snapshot;
    private final BadgeCatalog badges;
    private final IntUnaryOperator level;

    /** Badge index to the step index that makes it earnable, ascending badge index. */
    final Map<Integer, Integer> earnableAfter = new TreeMap<>();

    /** @param level the current level of a global skill, as the steps are walked */
    BadgeTracker(CurriculumSnapshot snapshot, IntUnaryOperator level) {
        this.snapshot = snapshot;
        this.badges = snapshot.badges();
        this.level = level;
    }

    /** Call before the first step, with nothing raised yet: badges earnable now are never milestones. */
    void atStart(Iterable<Integer> skillsTheRouteTeaches) {
        for (int skill : skillsTheRouteTeaches) {
            for (int k = 0; k < badges.certifyingBadgeCount(skill); k++) {
                int badge = badges.certifyingBadge(skill, k);
                if (earnable(badges.badge(badge))) {
                    earnableAfter.put(badge, -1);
                }
            }
        }
    }

    void afterStep(int index, Iterable<Integer> raisedSkills) {
        for (int skill : raisedSkills) {
            for (int k = 0; k < badges.certifyingBadgeCount(skill); k++) {
                int badge = badges.certifyingBadge(skill, k);
                if (!earnableAfter.containsKey(badge) && earnable(badges.badge(badge))) {
                    earnableAfter.put(badge, index);
                }
            }
        }
    }

    private boolean earnable(BadgeInfo badge) {
        for (SkillLevel certified : badge.certifies()) {
            if (level.applyAsInt(snapshot.skillIndex(certified.skillId())) < certified.level()) {
                return false;
            }
        }
        return true;
    }
}
