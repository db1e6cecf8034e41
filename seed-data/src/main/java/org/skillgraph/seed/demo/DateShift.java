package org.skillgraph.seed.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.skillgraph.seed.bundle.Bundle;

/**
 * Moves every date of a bundle by the same number of days: a person's target, holdings, evidence (and its
 * expiry), attempts, completions, enrolments, badges, coaching pairs and role history. Everything else is kept as given, so
 * the shifted bundle tells the same story, only later (or earlier).
 */
public record DateShift(long days) {

    /** The shift that moves {@code anchor} to {@code today}. */
    public static DateShift between(LocalDate anchor, LocalDate today) {
        return new DateShift(java.time.temporal.ChronoUnit.DAYS.between(anchor, today));
    }

    /** {@code bundle} with every date moved; the same bundle when the shift is zero. */
    public Bundle apply(Bundle bundle) {
        if (days == 0) {
            return bundle;
        }
        return bundle.withPeople(map(bundle.people(), this::person));
    }

    private Bundle.Person person(Bundle.Person p) {
        return new Bundle.Person(
                p.id(),
                p.name(),
                p.department(),
                p.location(),
                p.timezone(),
                p.role(),
                p.targetRole(),
                shift(p.targetSince()),
                p.manager(),
                p.weeklyHours(),
                p.pace(),
                p.coaching(),
                map(
                        p.holds(),
                        h -> new Bundle.Holding(
                                h.skill(), h.level(), h.source(), shift(h.at()), h.confidence(), h.scaleValue())),
                map(p.completed(), c -> new Bundle.Completion(c.module(), shift(c.at()), c.score())),
                map(p.enrolled(), e -> new Bundle.Enrolment(e.module(), shift(e.at()))),
                map(p.earned(), a -> new Bundle.Award(a.badge(), shift(a.at()))),
                map(p.coaches(), c -> new Bundle.CoachingPair(c.learner(), shift(c.since()), c.skills())),
                map(
                        p.evidence(),
                        e -> new Bundle.EvidenceEntry(
                                e.skill(),
                                e.source(),
                                e.level(),
                                shift(e.at()),
                                e.score(),
                                e.confidence(),
                                shift(e.expiresAt()))),
                map(p.attempts(), a -> new Bundle.Attempt(a.module(), shift(a.at()), a.score(), a.passed())),
                p.externalIds(),
                p.coachingPreferences(),
                map(p.roleHistory(), h -> new Bundle.RoleStint(h.role(), shift(h.from()), shift(h.to()))));
    }

    private LocalDate shift(LocalDate date) {
        return date == null ? null : date.plusDays(days);
    }

    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        return list.stream().map(f).toList();
    }
}
