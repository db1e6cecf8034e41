package org.skillgraph.engine.xapi;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.engine.neo4j.Rows;

/** Reads a {@code xapi/statements-pending} or {@code xapi/statements-waiting} row. */
final class PendingRows {

    private PendingRows() {}

    static Pending of(Record r) {
        return new Pending(
                r.get("id").asString(),
                r.get("stored").asOffsetDateTime(),
                r.get("actorKey").asString(),
                r.get("verb").asString(),
                r.get("activityId").asString(),
                Rows.decimal(r.get("score")),
                bool(r.get("success")),
                bool(r.get("completion")),
                Rows.date(r.get("at")),
                r.get("status").asString(),
                Rows.string(r.get("reason")));
    }

    private static Boolean bool(Value v) {
        return v.isNull() ? null : v.asBoolean();
    }
}
