package org.skillgraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.skillgraph.seed.bundle.Bundle;

/**
 * Adds the dated history the metrics read to generated people: earlier evidence below the held level (so
 * levels rise and can decay), evidence reaching the target role's essentials for some people (so time to
 * competency has events), enrolments, attempts and completions of the modules teaching held skills, and
 * coaching pairs on the learner's essentials. It draws from its own seeded stream, so the people, holds and
 * curriculum stay exactly those {@link SyntheticOrganisation} generates without history.
 */
final class SyntheticHistory {

    /** One person in this many reaches every essential of their target role, after targeting it. */
    static final int COMPETENT_EVERY = 4;

    /** One person in this many coaches another. */
    static final int COACH_EVERY = 10;

    private static final String[] SOURCES = {"assessment", "manager", "peer", "self"};

    private final SplittableRandom random;

    SyntheticHistory(long seed) {
        this.random = new SplittableRandom(seed * 1_000_003L + 17);
    }

    List<Bundle.Person> add(List<Bundle.Person> people, List<Bundle.Role> roles) {
        var essentials = new HashMap<String, List<Bundle.Need>>();
        for (var role : roles) {
            var needs = role.needs().stream().filter(Bundle.Need::essential).toList();
            essentials.put(role.id(), needs.isEmpty() ? role.needs() : needs);
        }
        var coaching = coachingPairs(people, essentials);
        var out = new ArrayList<Bundle.Person>(people.size());
        for (int i = 0; i < people.size(); i++) {
            var p = people.get(i);
            var evidence = evidence(i, p, essentials.getOrDefault(p.targetRole(), List.of()));
            var enrolled = new ArrayList<Bundle.Enrolment>();
            var attempts = new ArrayList<Bundle.Attempt>();
            var completed = new ArrayList<Bundle.Completion>();
            learning(p, enrolled, attempts, completed);
            out.add(p.withHistory(completed, enrolled, coaching.getOrDefault(i, List.of()), evidence, attempts));
        }
        return out;
    }

    private List<Bundle.EvidenceEntry> evidence(int index, Bundle.Person p, List<Bundle.Need> essentials) {
        var evidence = new ArrayList<Bundle.EvidenceEntry>();
        // Two held skills were first seen one level lower, months before the holding's date.
        for (var h : p.holds().subList(0, Math.min(2, p.holds().size()))) {
            if (h.level() > 1 && h.at() != null) {
                evidence.add(new Bundle.EvidenceEntry(
                        h.skill(),
                        SOURCES[random.nextInt(SOURCES.length)],
                        h.level() - 1,
                        h.at().minusDays(30 + random.nextInt(300)),
                        null,
                        null,
                        null));
            }
        }
        if (index % COMPETENT_EVERY == 0 && p.targetSince() != null) {
            var day = p.targetSince();
            for (var need : essentials) {
                day = day.plusDays(random.nextInt(40));
                evidence.add(new Bundle.EvidenceEntry(need.skill(), "assessment", need.level(), day, null, null, null));
            }
        }
        return evidence;
    }

    /** Up to three modules teaching held skills ({@code m-i} teaches {@code s-i}), some attempted and passed. */
    private void learning(
            Bundle.Person p,
            List<Bundle.Enrolment> enrolled,
            List<Bundle.Attempt> attempts,
            List<Bundle.Completion> completed) {
        var start = LocalDate.of(2024, 1, 1);
        for (var h : p.holds().subList(0, Math.min(3, p.holds().size()))) {
            var module = "m-" + h.skill().substring(2);
            var day = start.plusDays(random.nextInt(1000));
            enrolled.add(new Bundle.Enrolment(module, day));
            if (random.nextInt(10) < 7) {
                int tries = 1 + random.nextInt(3);
                boolean passes = random.nextInt(10) < 8;
                for (int t = 1; t <= tries; t++) {
                    day = day.plusDays(7 + random.nextInt(50));
                    boolean passed = passes && t == tries;
                    attempts.add(new Bundle.Attempt(module, day, passed ? 85.0 : 40.0 + random.nextInt(25), passed));
                }
                if (passes) {
                    completed.add(new Bundle.Completion(module, day, 85));
                }
            }
        }
    }

    /** Every {@value #COACH_EVERY}th person coaches someone on up to two of the learner's essentials. */
    private Map<Integer, List<Bundle.CoachingPair>> coachingPairs(
            List<Bundle.Person> people, Map<String, List<Bundle.Need>> essentials) {
        var pairs = new HashMap<Integer, List<Bundle.CoachingPair>>();
        for (int coach = COACH_EVERY; coach < people.size(); coach += COACH_EVERY) {
            int learner = random.nextInt(people.size());
            if (learner == coach) {
                continue;
            }
            var target = people.get(learner).targetRole();
            var skills = essentials.getOrDefault(target, List.of()).stream()
                    .limit(2)
                    .map(Bundle.Need::skill)
                    .toList();
            var since = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(900));
            pairs.put(coach, List.of(new Bundle.CoachingPair(people.get(learner).id(), since, skills)));
        }
        return pairs;
    }
}
