package org.skillgraph.engine.priorities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ImpliedPrerequisite;
import org.skillgraph.engine.snapshot.ImpliedPrerequisites;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.RoleNeed;

/**
 * Ranks a group's gap skills by what closing them unblocks: first members for whom the skill is on the
 * critical path, then route hours saved, members who become ready, essential gaps closed, members lacking it.
 * Each member's route is planned again with the one gap closed, so the hours are exact wherever the routes are.
 */
final class SkillPriorities {

    static final Comparator<SkillPriority> ORDER = Comparator.comparingInt(SkillPriority::criticalFor)
            .reversed()
            .thenComparing(Comparator.comparingDouble(SkillPriority::hoursSaved).reversed())
            .thenComparing(Comparator.comparingInt(SkillPriority::becomeReady).reversed())
            .thenComparing(
                    Comparator.comparingInt(SkillPriority::essentialGapsClosed).reversed())
            .thenComparing(Comparator.comparingInt(SkillPriority::members).reversed())
            .thenComparing(SkillPriority::skillId);

    private static final int UNBLOCKS_LISTED = 3;

    private SkillPriorities() {}

    private static final class Tally {
        int level;
        int members;
        int critical;
        double saved;
        int essential;
        int ready;
        int reachable;
        final Map<String, Integer> unblocks = new TreeMap<>();
    }

    /** Every gap skill of the members, by id. */
    private static Map<String, Tally> tally(List<Member> members, MemberOutcomes outcomes) {
        CurriculumSnapshot snapshot = outcomes.snapshot();
        Map<String, Tally> tallies = new TreeMap<>();
        for (Member m : members) {
            Outcome before = outcomes.of(m.roleId(), m.state());
            Map<String, Integer> gaps = gaps(snapshot, m);
            Map<String, TreeSet<String>> waitingOn = waitingOn(snapshot, m.state(), gaps.keySet(), m.roleId());
            for (var gap : gaps.entrySet()) {
                Tally t = tallies.computeIfAbsent(gap.getKey(), s -> new Tally());
                t.level = Math.max(t.level, gap.getValue());
                t.members++;
                var waiting = waitingOn.getOrDefault(gap.getKey(), new TreeSet<>());
                if (!waiting.isEmpty()) {
                    t.critical++;
                    waiting.forEach(s -> t.unblocks.merge(s, 1, Integer::sum));
                }
                Outcome after =
                        outcomes.of(m.roleId(), Counterfactuals.holding(m.state(), gap.getKey(), gap.getValue()));
                t.saved += before.hours() - after.hours();
                t.essential += essentialNeed(snapshot, m, gap.getKey()) ? 1 : 0;
                t.ready += !before.ready() && after.ready() ? 1 : 0;
                t.reachable += !before.reachable() && after.reachable() ? 1 : 0;
            }
        }
        return tallies;
    }

    /** The ranked skills concerning at least {@code minMembers} members, and how many were withheld. */
    static Ranked rank(List<Member> members, MemberOutcomes outcomes, int assessed, int minMembers, int limit) {
        CurriculumSnapshot snapshot = outcomes.snapshot();
        List<SkillPriority> ranked = new ArrayList<>();
        int withheld = 0;
        for (var e : tally(members, outcomes).entrySet()) {
            Tally t = e.getValue();
            if (t.members < minMembers) {
                withheld++;
                continue;
            }
            List<SkillPriority.Unblocked> unblocks = t.unblocks.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue()
                            .reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(UNBLOCKS_LISTED)
                    .map(u -> new SkillPriority.Unblocked(u.getKey(), name(snapshot, u.getKey()), u.getValue()))
                    .toList();
            String name = name(snapshot, e.getKey());
            double saved = Hours.round(t.saved);
            ranked.add(new SkillPriority(
                    e.getKey(),
                    name,
                    t.level,
                    t.members,
                    t.critical,
                    unblocks,
                    saved,
                    t.essential,
                    t.ready,
                    t.reachable,
                    Words.skill(
                            name,
                            t.level,
                            t.members,
                            t.critical,
                            unblocks,
                            t.unblocks.size(),
                            assessed,
                            saved,
                            t.essential,
                            t.ready,
                            t.reachable)));
        }
        ranked.sort(ORDER);
        return new Ranked(ranked.subList(0, Math.min(limit, ranked.size())), withheld);
    }

    record Ranked(List<SkillPriority> skills, int withheld) {}

    /**
     * The member's gaps, skill to the level closing it means: needs of the role held too low, and the
     * prerequisites to raise on the way (at the highest level any of them is required at).
     */
    static Map<String, Integer> gaps(CurriculumSnapshot snapshot, Member m) {
        Map<String, Integer> gaps = new TreeMap<>();
        for (RoleNeed need : snapshot.roleProfile(m.roleId())) {
            if (m.state().levelOf(need.skillId()) < need.level()) {
                gaps.put(need.skillId(), need.level());
            }
        }
        for (ImpliedPrerequisite p : ImpliedPrerequisites.of(snapshot, m.state(), List.copyOf(gaps.keySet()))) {
            gaps.merge(p.skillId(), p.level(), Math::max);
        }
        return gaps;
    }

    /**
     * For each gap, the member's other gap needs that wait on it: it is among the prerequisites they must raise
     * first, with levels, transitively through prerequisites held too low.
     */
    private static Map<String, TreeSet<String>> waitingOn(
            CurriculumSnapshot snapshot, LearnerState state, java.util.Set<String> gaps, String roleId) {
        Map<String, TreeSet<String>> waiting = new TreeMap<>();
        for (RoleNeed need : snapshot.roleProfile(roleId)) {
            if (!gaps.contains(need.skillId()) || state.levelOf(need.skillId()) >= need.level()) {
                continue;
            }
            for (ImpliedPrerequisite p : ImpliedPrerequisites.of(snapshot, state, List.of(need.skillId()))) {
                if (!p.skillId().equals(need.skillId())) {
                    waiting.computeIfAbsent(p.skillId(), s -> new TreeSet<>()).add(need.skillId());
                }
            }
        }
        return waiting;
    }

    private static boolean essentialNeed(CurriculumSnapshot snapshot, Member m, String skillId) {
        return snapshot.roleProfile(m.roleId()).stream()
                .anyMatch(n -> n.skillId().equals(skillId)
                        && n.essential()
                        && m.state().levelOf(skillId) < n.level());
    }

    static String name(CurriculumSnapshot snapshot, String skillId) {
        int index = snapshot.skillIndex(skillId);
        return index < 0 ? skillId : snapshot.skillName(index);
    }
}
