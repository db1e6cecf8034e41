package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.RoleNeed;

/**
 * The computation as it was before per-person facts, kept as the oracle that {@code MetricsFactsProperties} pins
 * the facts to.
 * Time to competency, computed from histories (pure; no database). A person is competent on the first day,
 * on or after {@code TARGETS.since}, on which {@link org.skillgraph.engine.evidence.LevelRules} gives every
 * essential skill of the target role at least its needed level (all needed skills when the role marks none
 * essential). Those not competent by {@code asOf} are right-censored at {@code asOf}.
 */
final class TimeToCompetencyOracle {

    private TimeToCompetencyOracle() {}

    /** One person's observation: the days observed, whether competence was reached, whether coached. */
    record Outcome(long days, boolean reached, boolean coached) {}

    public static TimeToCompetencyReport compute(
            List<PersonHistory> people,
            CurriculumSnapshot snapshot,
            LocalDate asOf,
            MetricsFilter filter,
            MetricsSettings settings) {
        var outcomes = new ArrayList<Outcome>();
        for (var person : people) {
            outcome(person, snapshot, asOf, settings).ifPresent(outcomes::add);
        }
        int min = settings.minGroupSize();
        var coached = outcomes.stream().filter(Outcome::coached).toList();
        var notCoached = outcomes.stream().filter(o -> !o.coached()).toList();
        // Complementary suppression: with "all" shown, one split shown would give the other by subtraction.
        boolean splitHidden = few(coached.size(), min) || few(notCoached.size(), min);
        return new TimeToCompetencyReport(
                asOf,
                filter,
                settings.bucketDays(),
                min,
                Stats.unlessFew(people.size(), min, people.size()),
                Stats.unlessFew(people.size(), min, people.size() - outcomes.size()),
                group("all", outcomes, settings),
                splitHidden ? TimeToCompetencyReport.Group.suppressed("coached") : group("coached", coached, settings),
                splitHidden
                        ? TimeToCompetencyReport.Group.suppressed("notCoached")
                        : group("notCoached", notCoached, settings));
    }

    private static boolean few(int people, int min) {
        return people > 0 && people < min;
    }

    static Optional<Outcome> outcome(
            PersonHistory person, CurriculumSnapshot snapshot, LocalDate asOf, MetricsSettings settings) {
        var since = person.targetSince();
        if (person.targetRoleId() == null || since == null || since.isAfter(asOf)) {
            return Optional.empty();
        }
        if (snapshot.roles().role(person.targetRoleId()).isEmpty()) {
            return Optional.empty();
        }
        var needs = essentials(snapshot.roleProfile(person.targetRoleId()));
        var timelines = new ArrayList<SkillTimeline>();
        var days = new TreeSet<LocalDate>();
        days.add(since);
        var evidence = SkillTimeline.bySkill(person.evidence());
        for (var need : needs) {
            var timeline = new SkillTimeline(evidence.getOrDefault(need.skillId(), List.of()), settings.rules());
            timelines.add(timeline);
            days.addAll(timeline.changeDays(since, asOf));
        }
        LocalDate reachedOn = null;
        for (var day : days) {
            if (allMet(needs, timelines, day)) {
                reachedOn = day;
                break;
            }
        }
        var end = reachedOn == null ? asOf : reachedOn;
        boolean coached = person.coachedBy().stream().anyMatch(c -> c.overlaps(since, end));
        return Optional.of(new Outcome(ChronoUnit.DAYS.between(since, end), reachedOn != null, coached));
    }

    private static List<RoleNeed> essentials(List<RoleNeed> profile) {
        var essential = profile.stream().filter(RoleNeed::essential).toList();
        return essential.isEmpty() ? profile : essential;
    }

    private static boolean allMet(List<RoleNeed> needs, List<SkillTimeline> timelines, LocalDate day) {
        for (int i = 0; i < needs.size(); i++) {
            if (timelines.get(i).levelOn(day) < needs.get(i).level()) {
                return false;
            }
        }
        return true;
    }

    static TimeToCompetencyReport.Group group(String name, List<Outcome> outcomes, MetricsSettings settings) {
        if (outcomes.size() < settings.minGroupSize()) {
            return TimeToCompetencyReport.Group.suppressed(name);
        }
        var estimate = KaplanMeier.estimate(outcomes.stream()
                .map(o -> new KaplanMeier.Observation(o.days(), o.reached()))
                .toList());
        int reached = (int) outcomes.stream().filter(Outcome::reached).count();
        return new TimeToCompetencyReport.Group(
                name,
                false,
                outcomes.size(),
                reached,
                outcomes.size() - reached,
                estimate.firstQuartile(),
                estimate.median(),
                estimate.thirdQuartile(),
                buckets(outcomes, settings.bucketDays()),
                estimate.steps());
    }

    private static List<TimeToCompetencyReport.Bucket> buckets(List<Outcome> outcomes, int width) {
        long last = outcomes.stream().mapToLong(Outcome::days).max().orElse(-1) / width;
        var buckets = new ArrayList<TimeToCompetencyReport.Bucket>();
        for (long b = 0; b <= last; b++) {
            long from = b * width;
            long to = from + width;
            int reached = 0;
            int censored = 0;
            for (var o : outcomes) {
                if (o.days() >= from && o.days() < to) {
                    if (o.reached()) {
                        reached++;
                    } else {
                        censored++;
                    }
                }
            }
            buckets.add(new TimeToCompetencyReport.Bucket(from, to, reached, censored));
        }
        return buckets;
    }
}
