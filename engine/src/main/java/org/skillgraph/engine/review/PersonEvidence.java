package org.skillgraph.engine.review;

import java.util.HashMap;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/** A person's evidence, newest first, a page at a time: what was shown, where from, and (for admins) retractions. */
public final class PersonEvidence {

    private final GraphClient graph;

    public PersonEvidence(GraphClient graph) {
        this.graph = graph;
    }

    /**
     * One page of {@code personId}'s evidence.
     *
     * @param skillId only this skill's evidence; null for all
     * @param source only evidence of this source (its wire name); null for all
     * @param withRetracted whether retracted evidence is listed too (flagged by {@code retractedAt})
     * @throws NotFoundException {@code person-not-found}
     */
    public Page<EvidenceItem> list(
            String personId, String skillId, String source, boolean withRetracted, String cursor, int limit) {
        int skip = Cursor.offsetOf(cursor);
        return graph.read(tx -> {
            if (!tx.run(CypherResources.statement("read/person-exists"), Map.of("id", personId))
                    .single()
                    .get("found")
                    .asBoolean()) {
                throw new NotFoundException("person", personId, "person-not-found");
            }
            var params = new HashMap<String, Object>();
            params.put("person", personId);
            params.put("skill", skillId);
            params.put("source", source);
            params.put("retracted", withRetracted);
            params.put("skip", skip);
            params.put("limit", limit + 1);
            var rows = tx.run(CypherResources.statement("read/evidence-list"), params)
                    .list(r -> {
                        var e = r.get("evidence");
                        return new EvidenceItem(
                                e.get("id").asString(),
                                r.get("skill").asString(),
                                Rows.string(e.get("source")),
                                Rows.integer(e.get("level"), 0),
                                Rows.date(e.get("at")),
                                Rows.decimal(e.get("score")),
                                Rows.decimal(e.get("confidence")),
                                Rows.date(e.get("expiresAt")),
                                ClaimService.dateTime(e.get("recordedAt")),
                                Rows.string(e.get("assessor")),
                                Rows.string(e.get("claim")),
                                ClaimService.dateTime(e.get("retractedAt")),
                                Rows.string(e.get("retractReason")));
                    });
            return ClaimService.page(rows, skip, limit);
        });
    }
}
