package org.skillgraph.engine.access;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/**
 * Reads the audit trail, newest first, with keyset paging on (time, id). Give it the client the {@link
 * AuditLog} writes through, so that a listing waits for the batches that log committed (on a cluster too).
 */
public final class AuditTrail {

    private final GraphClient graph;

    public AuditTrail(GraphClient graph) {
        this.graph = graph;
    }

    public Page<AuditEvent> list(AuditQuery query, String cursor, int limit) {
        var params = new HashMap<String, Object>();
        params.put("actor", query.actor());
        params.put("subject", query.subject());
        params.put("since", utc(query.since()));
        params.put("until", utc(query.until()));
        params.put("afterAt", null);
        params.put("afterId", null);
        params.put("limit", limit + 1);
        var after = Cursor.idOf(cursor);
        if (!after.isEmpty()) {
            int bar = after.indexOf('|');
            if (bar < 0) {
                throw InvalidRequestException.of("query:cursor", "not a cursor this listing gave out");
            }
            try {
                params.put("afterAt", utc(Instant.parse(after.substring(0, bar))));
            } catch (java.time.format.DateTimeParseException e) {
                throw InvalidRequestException.of("query:cursor", "not a cursor this listing gave out");
            }
            params.put("afterId", after.substring(bar + 1));
        }
        var rows = graph.readRows(CypherResources.statement("read/audit-list"), params, r -> event(r.get("event")));
        return Page.keyset(rows, limit, e -> e.at() + "|" + e.id());
    }

    private static ZonedDateTime utc(Instant at) {
        return at == null ? null : at.atZone(ZoneOffset.UTC);
    }

    private static AuditEvent event(Value e) {
        return new AuditEvent(
                e.get("id").asString(),
                e.get("at").asZonedDateTime().toInstant(),
                Rows.string(e.get("actor")),
                Rows.string(e.get("actorRole")),
                Rows.string(e.get("action")),
                Rows.string(e.get("route")),
                Rows.integer(e.get("status"), 0),
                Rows.strings(e.get("subjects")));
    }
}
