package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.RoleNeed;

/**
 * What time to competency and gap coverage need of one person, independent of the day asked: the target, the
 * role profile it was worked out against, the first day on or after {@code since} that meets every essential
 * level (searched without end, so a later "today" only decides whether that day has come), and the person's
 * level timeline in each skill of the profile.
 *
 * @param profile the target role's profile in the snapshot used, {@code null} without a target or when the
 *     snapshot does not know the role
 * @param reachedOn the first day competence is reached, or {@code null} when the evidence never gets there
 * @param steps every skill of {@code profile}'s level steps ({@link SkillTimeline#steps()}) one after the other, in
 *     the profile's order: one array per person, not one per skill, as there are tens of thousands of people
 * @param starts where each skill's steps begin in {@code steps}, plus its length at the end
 */
record TargetFacts(
        String roleId, LocalDate since, List<RoleNeed> profile, LocalDate reachedOn, long[] steps, int[] starts) {

    static final TargetFacts NONE = new TargetFacts(null, null, null, null, new long[0], new int[] {0});

    static TargetFacts of(PersonHistory person, CurriculumSnapshot snapshot, LevelRules rules) {
        var role = person.targetRoleId();
        var profile = profile(snapshot, role);
        if (profile == null) {
            return new TargetFacts(role, person.targetSince(), null, null, NONE.steps, NONE.starts);
        }
        var evidence = SkillTimeline.bySkill(person.evidence());
        var timelines = new ArrayList<SkillTimeline>();
        var steps = java.util.stream.LongStream.builder();
        int[] starts = new int[profile.size() + 1];
        for (int i = 0; i < profile.size(); i++) {
            var timeline =
                    new SkillTimeline(evidence.getOrDefault(profile.get(i).skillId(), List.of()), rules);
            timelines.add(timeline);
            var own = timeline.steps();
            java.util.Arrays.stream(own).forEach(steps::add);
            starts[i + 1] = starts[i] + own.length;
        }
        var since = person.targetSince();
        return new TargetFacts(
                role,
                since,
                profile,
                since == null ? null : reachedOn(profile, timelines, since),
                steps.build().toArray(),
                starts);
    }

    /** Whether these facts were worked out against the profile {@code snapshot} gives the target role. */
    boolean currentFor(CurriculumSnapshot snapshot) {
        return Objects.equals(profile, profile(snapshot, roleId));
    }

    /** The level in the {@code i}-th skill of the profile on {@code day}. */
    int levelOn(int i, LocalDate day) {
        return SkillTimeline.levelOn(steps, starts[i], starts[i + 1], day);
    }

    private static List<RoleNeed> profile(CurriculumSnapshot snapshot, String role) {
        return role == null || snapshot.roles().role(role).isEmpty() ? null : snapshot.roleProfile(role);
    }

    /** The first day in {since} ∪ the essential skills' change days after it on which every essential is met. */
    private static LocalDate reachedOn(List<RoleNeed> profile, List<SkillTimeline> timelines, LocalDate since) {
        var essential = new ArrayList<Integer>();
        for (int i = 0; i < profile.size(); i++) {
            if (profile.get(i).essential()) {
                essential.add(i);
            }
        }
        if (essential.isEmpty()) {
            for (int i = 0; i < profile.size(); i++) {
                essential.add(i);
            }
        }
        var days = new TreeSet<LocalDate>();
        days.add(since);
        for (int i : essential) {
            days.addAll(timelines.get(i).changeDays(since, LocalDate.MAX));
        }
        for (var day : days) {
            boolean met = true;
            for (int i : essential) {
                if (timelines.get(i).levelOn(day) < profile.get(i).level()) {
                    met = false;
                    break;
                }
            }
            if (met) {
                return day;
            }
        }
        return null;
    }
}
