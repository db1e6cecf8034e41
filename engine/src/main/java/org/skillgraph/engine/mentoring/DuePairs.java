package org.skillgraph.engine.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/**
 * Reminders as data: the active pairs without a check-in for some days (counted from the start when there is none)
 * and those with goals past their date, for coordinators.
 */
public final class DuePairs {

    private final GraphClient graph;
    private final Clock clock;

    public DuePairs(GraphClient graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /**
     * @param quietDays days since the last check-in
     * @param lastCheckIn the last check-in, or {@code null}
     * @param overdueGoals goals whose target date has passed
     * @param reasons {@code no-check-in} and/or {@code goal-overdue}
     */
    public record Due(
            String mentorshipId,
            Mentorship.Person coach,
            Mentorship.Person learner,
            LocalDate startedOn,
            LocalDate lastCheckIn,
            long quietDays,
            List<Goal> overdueGoals,
            List<String> reasons) {
        public Due {
            overdueGoals = List.copyOf(overdueGoals);
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * A page of the due pairs, the quietest first; the list is ranked, so the cursor is an offset into it.
     *
     * @throws org.skillgraph.engine.error.InvalidRequestException a cursor this service did not issue
     */
    public Page<Due> due(int days, int limit, String cursor) {
        int offset = Cursor.offsetOf(cursor);
        var all = due(days);
        if (offset >= all.size()) {
            return new Page<>(List.of(), null);
        }
        int end = Math.min(all.size(), offset + limit);
        return new Page<>(all.subList(offset, end), end < all.size() ? Cursor.atOffset(end) : null);
    }

    /** The due pairs, the quietest first. */
    public List<Due> due(int days) {
        var today = LocalDate.now(clock);
        var rows = graph.readRows(CypherResources.statement("mentoring/due"), Map.of(), r -> {
            var started = Rows.date(r.get("startedOn"));
            var last = r.get("checkIns").asList(MentoringRows::day).stream()
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            long quiet = ChronoUnit.DAYS.between(last == null ? started : last, today);
            var overdue = r.get("goals").asList(MentoringRows::goal).stream()
                    .filter(g -> g.targetDate() != null && g.targetDate().isBefore(today))
                    .sorted(Comparator.comparing(Goal::targetDate).thenComparing(Goal::id))
                    .toList();
            var reasons = new ArrayList<String>();
            if (quiet >= days) {
                reasons.add("no-check-in");
            }
            if (!overdue.isEmpty()) {
                reasons.add("goal-overdue");
            }
            return new Due(
                    r.get("id").asString(),
                    new Mentorship.Person(r.get("coachId").asString(), Rows.string(r.get("coachName"))),
                    new Mentorship.Person(r.get("learnerId").asString(), Rows.string(r.get("learnerName"))),
                    started,
                    last,
                    quiet,
                    overdue,
                    reasons);
        });
        return rows.stream()
                .filter(d -> !d.reasons().isEmpty())
                .sorted(Comparator.comparingLong(Due::quietDays).reversed().thenComparing(Due::mentorshipId))
                .toList();
    }
}
