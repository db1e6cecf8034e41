package org.skillgraph.engine.mentoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A coaching request and, once accepted, the pair it became. States: {@code proposed → active → completed | ended},
 * {@code proposed → declined | expired | withdrawn}; a pending request past {@code expiresAt} reads as {@code expired}.
 *
 * @param origin {@code request} (asked for one learner) or {@code proposal} (from a cohort assignment)
 * @param requestedBy {@code learner} or {@code coordinator}
 * @param message what the requester wrote to the coach, or {@code null}
 * @param decidedAt when the coach accepted or declined or the request was withdrawn, or {@code null}
 * @param reason why it was declined, withdrawn or ended, or {@code null}
 * @param startedOn first day of the pair, or {@code null} before acceptance
 * @param endedOn last day of the pair, or {@code null} while it runs
 */
public record Mentorship(
        String id,
        String state,
        Person coach,
        Person learner,
        List<String> skills,
        String origin,
        String requestedBy,
        String message,
        Instant requestedAt,
        Instant expiresAt,
        Instant decidedAt,
        String reason,
        LocalDate startedOn,
        LocalDate endedOn,
        List<Goal> goals) {

    public static final String PROPOSED = "proposed";
    public static final String ACTIVE = "active";
    public static final String COMPLETED = "completed";
    public static final String ENDED = "ended";
    public static final String DECLINED = "declined";
    public static final String EXPIRED = "expired";
    /** Taken back by the learner (or a coordinator for them) while it was pending. */
    public static final String WITHDRAWN = "withdrawn";

    public Mentorship {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        skills = List.copyOf(skills);
        goals = List.copyOf(goals);
    }

    /** One side of the pair: enough to recognise them. */
    public record Person(String id, String name) {}

    /** Whether {@code personId} is the coach or the learner. */
    public boolean involves(String personId) {
        return coach.id().equals(personId) || learner.id().equals(personId);
    }
}
