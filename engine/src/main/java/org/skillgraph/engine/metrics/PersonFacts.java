package org.skillgraph.engine.metrics;

import java.util.List;
import java.util.Objects;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * The small facts every metric aggregates, worked out once from one person's history and kept by an API node
 * until the person's {@code factsVersion} moves (every people-data write bumps it in its own transaction) or
 * their target role's profile changes. None depends on the day asked, so "today" moving on costs nothing.
 * Coaching pairs keep their dates and skills, not the coach.
 *
 * @param version the person's {@code factsVersion} the facts were worked out at
 */
record PersonFacts(
        String id,
        long version,
        TargetFacts target,
        LearningFacts learning,
        RetentionFacts retention,
        List<PersonHistory.CoachingSpell> coachedBy) {

    PersonFacts {
        Objects.requireNonNull(id, "id");
        coachedBy = List.copyOf(coachedBy);
    }

    static PersonFacts of(PersonHistory person, long version, CurriculumSnapshot snapshot, MetricsSettings settings) {
        return new PersonFacts(
                person.id(),
                version,
                TargetFacts.of(person, snapshot, settings.rules()),
                LearningFacts.of(person),
                RetentionFacts.of(person, settings.rules(), settings.horizons()),
                person.coachedBy().stream()
                        .map(c -> new PersonHistory.CoachingSpell(null, c.since(), c.endedAt(), c.skills()))
                        .toList());
    }

    /** Whether these facts still describe the person at {@code version} under {@code snapshot}. */
    boolean currentAt(long version, CurriculumSnapshot snapshot) {
        return this.version == version && target.currentFor(snapshot);
    }
}
