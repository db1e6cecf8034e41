package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * The computation as it was before per-person facts, kept as the oracle that {@code MetricsFactsProperties} pins
 * the facts to.
 * The gaps most members of a group share, computed from histories (pure). Each person is compared with the
 * filter's role or, without one, their own target role; current levels are those the evidence rules give on
 * {@code asOf}, so a level needing a refresh counts one lower, as it does for gaps.
 */
final class GapCoverageOracle {

    private GapCoverageOracle() {}

    private static final class Tally {
        int neededBy;
        int lacking;
        int essential;
        int missingLevels;
        int coached;
    }

    public static GapCoverageReport compute(
            List<PersonHistory> people,
            CurriculumSnapshot snapshot,
            LocalDate asOf,
            MetricsFilter filter,
            MetricsSettings settings,
            int limit) {
        var tallies = new TreeMap<String, Tally>();
        int assessed = 0;
        for (var person : people) {
            var role = filter.role() != null ? filter.role() : person.targetRoleId();
            var profile =
                    role == null ? List.<org.skillgraph.engine.snapshot.RoleNeed>of() : snapshot.roleProfile(role);
            if (profile.isEmpty()) {
                continue;
            }
            assessed++;
            var evidence = SkillTimeline.bySkill(person.evidence());
            for (var need : profile) {
                var tally = tallies.computeIfAbsent(need.skillId(), s -> new Tally());
                tally.neededBy++;
                int level =
                        SkillTimeline.levelOn(evidence.getOrDefault(need.skillId(), List.of()), settings.rules(), asOf);
                if (level < need.level()) {
                    tally.lacking++;
                    tally.missingLevels += need.level() - level;
                    tally.essential += need.essential() ? 1 : 0;
                    boolean coached = person.coachedBy().stream()
                            .anyMatch(c -> c.active() && c.skills().contains(need.skillId()));
                    tally.coached += coached ? 1 : 0;
                }
            }
        }
        var coaching = coaching(people);
        if (assessed < settings.minGroupSize()) {
            return new GapCoverageReport(
                    asOf,
                    filter,
                    settings.minGroupSize(),
                    Stats.unlessFew(people.size(), settings.minGroupSize(), people.size()),
                    Stats.unlessFew(people.size(), settings.minGroupSize(), assessed),
                    true,
                    List.of(),
                    coaching(List.of()));
        }
        var skills = new ArrayList<GapCoverageReport.SkillGap>();
        tallies.forEach((skill, t) -> {
            if (t.lacking > 0) {
                int index = snapshot.skillIndex(skill);
                skills.add(new GapCoverageReport.SkillGap(
                        skill,
                        index < 0 ? skill : snapshot.skillName(index),
                        t.neededBy,
                        t.lacking,
                        Stats.round((double) t.lacking / t.neededBy),
                        t.essential,
                        Stats.round((double) t.missingLevels / t.lacking),
                        t.coached));
            }
        });
        skills.sort(Comparator.comparingInt(GapCoverageReport.SkillGap::lacking)
                .reversed()
                .thenComparing(Comparator.comparingDouble(GapCoverageReport.SkillGap::share)
                        .reversed())
                .thenComparing(GapCoverageReport.SkillGap::skillId));
        return new GapCoverageReport(
                asOf,
                filter,
                settings.minGroupSize(),
                people.size(),
                assessed,
                false,
                skills.subList(0, Math.min(limit, skills.size())),
                coaching);
    }

    private static GapCoverageReport.Coaching coaching(List<PersonHistory> people) {
        if (people.isEmpty()) {
            return new GapCoverageReport.Coaching(null, null, null);
        }
        int active = 0;
        int learners = 0;
        int ever = 0;
        for (var person : people) {
            long mine = person.coachedBy().stream()
                    .filter(PersonHistory.CoachingSpell::active)
                    .count();
            active += (int) mine;
            learners += mine > 0 ? 1 : 0;
            ever += person.coachedBy().size();
        }
        return new GapCoverageReport.Coaching(active, learners, ever);
    }
}
