package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.skillgraph.engine.evidence.EvidenceRecord;

/**
 * What the metrics need of one person: their target, evidence history and learning and coaching history.
 * Only the id leaves the engine in aggregates; names are never read for metrics.
 *
 * @param targetRoleId the target role, or {@code null}
 * @param targetSince when it was set, or {@code null} when undated
 * @param evidence every piece of evidence, all skills; a holding without evidence comes as one {@code import}
 *     evidence at its date
 * @param coachedBy coaching pairs in which this person is the learner, ended ones included
 */
public record PersonHistory(
        String id,
        String department,
        String targetRoleId,
        LocalDate targetSince,
        List<EvidenceRecord> evidence,
        List<Enrolment> enrolments,
        List<Attempt> attempts,
        List<Completion> completions,
        List<CoachingSpell> coachedBy) {

    public PersonHistory {
        Objects.requireNonNull(id, "id");
        evidence = List.copyOf(evidence);
        enrolments = List.copyOf(enrolments);
        attempts = List.copyOf(attempts);
        completions = List.copyOf(completions);
        coachedBy = List.copyOf(coachedBy);
    }

    /**
     * The parts of a history a metric reads; the repository leaves the others empty, so a metric does not ship
     * every person's whole history (at 50,000 people that was most of its cost).
     */
    public enum Part {
        /** {@link #evidence()}. */
        EVIDENCE,
        /** {@link #enrolments()}, {@link #attempts()} and {@link #completions()}. */
        LEARNING,
        /** {@link #coachedBy()}. */
        COACHING
    }

    /** {@code ENROLLED}; {@code at} may be null for undated history. */
    public record Enrolment(String moduleId, LocalDate at) {}

    /** One {@code ATTEMPTED} result. */
    public record Attempt(String moduleId, LocalDate at, Double score, boolean passed) {}

    /** {@code COMPLETED}. */
    public record Completion(String moduleId, LocalDate at) {}

    /**
     * A coaching pair with this person as learner.
     *
     * @param since first day, or {@code null} when undated (counted as always)
     * @param endedAt last day, or {@code null} while active
     */
    public record CoachingSpell(String coachId, LocalDate since, LocalDate endedAt, List<String> skills) {
        public CoachingSpell {
            skills = List.copyOf(skills);
        }

        public boolean active() {
            return endedAt == null;
        }

        /** Whether the pair ran on any day of {@code [from, to]}. */
        public boolean overlaps(LocalDate from, LocalDate to) {
            return (since == null || !since.isAfter(to)) && (endedAt == null || !endedAt.isBefore(from));
        }
    }
}
