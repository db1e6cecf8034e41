package org.skillgraph.engine.mentoring;

import java.time.Instant;
import java.util.ArrayList;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.engine.neo4j.Rows;

/** Maps the rows of the mentoring statements to records, inside the transaction callback. */
final class MentoringRows {

    private MentoringRows() {}

    /** A row of {@code mentoring/get} or {@code mentoring/of-person}; a pending request past its expiry reads expired. */
    static Mentorship mentorship(Record r, Instant now) {
        var m = r.get("m");
        var expiresAt = instant(m.get("expiresAt"));
        var state = m.get("state").asString();
        if (Mentorship.PROPOSED.equals(state) && expiresAt != null && !expiresAt.isAfter(now)) {
            state = Mentorship.EXPIRED;
        }
        return new Mentorship(
                m.get("id").asString(),
                state,
                new Mentorship.Person(r.get("coachId").asString(), Rows.string(r.get("coachName"))),
                new Mentorship.Person(r.get("learnerId").asString(), Rows.string(r.get("learnerName"))),
                Rows.strings(m.get("skills")),
                Rows.string(m.get("origin")),
                Rows.string(m.get("requestedBy")),
                Rows.string(m.get("message")),
                instant(m.get("requestedAt")),
                expiresAt,
                instant(m.get("decidedAt")),
                Rows.string(m.get("reason")),
                Rows.date(m.get("startedOn")),
                Rows.date(m.get("endedOn")),
                r.get("goals").asList(MentoringRows::goal));
    }

    static Goal goal(Value g) {
        return new Goal(
                g.get("id").asString(),
                g.get("skillId").asString(),
                Rows.integer(g.get("startLevel"), 0),
                Rows.integer(g.get("targetLevel"), 0),
                Rows.date(g.get("targetDate")),
                Rows.date(g.get("createdOn")));
    }

    static CheckIn checkIn(Value c) {
        var goals = Rows.strings(c.get("progressGoals"));
        var percents = c.get("progressPercents").isNull()
                ? java.util.List.<Integer>of()
                : c.get("progressPercents").asList(Value::asInt);
        var progress = new ArrayList<CheckIn.Progress>();
        for (int i = 0; i < Math.min(goals.size(), percents.size()); i++) {
            progress.add(new CheckIn.Progress(goals.get(i), percents.get(i)));
        }
        return new CheckIn(
                c.get("id").asString(),
                Rows.date(c.get("on")),
                Rows.string(c.get("by")),
                Rows.string(c.get("note")),
                Rows.integer(c.get("minutes"), 0),
                progress);
    }

    static Instant instant(Value v) {
        return v == null || v.isNull() ? null : v.asZonedDateTime().toInstant();
    }

    /** A date stored as a date or a date-time; {@code null} when absent. */
    static java.time.LocalDate day(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return switch (v.type().name()) {
            case "DATE" -> v.asLocalDate();
            case "DATE_TIME" -> v.asZonedDateTime().toLocalDate();
            case "LOCAL_DATE_TIME" -> v.asLocalDateTime().toLocalDate();
            case "STRING" ->
                java.time.LocalDate.parse(
                        v.asString().substring(0, Math.min(10, v.asString().length())));
            default -> null;
        };
    }
}
