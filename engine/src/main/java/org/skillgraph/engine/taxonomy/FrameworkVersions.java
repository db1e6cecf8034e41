package org.skillgraph.engine.taxonomy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/** A framework's version history: every applied change set and every direct import records one. */
public final class FrameworkVersions {

    private final GraphClient graph;
    private final Clock clock;

    public FrameworkVersions(GraphClient graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** The versions of {@code framework}, newest first; 404 for an unknown framework. */
    public Page<FrameworkVersion> list(String framework, String cursor, int limit) {
        var after = Cursor.idOf(cursor);
        long before;
        try {
            before = after.isEmpty() ? Long.MAX_VALUE : Long.parseLong(after);
        } catch (NumberFormatException e) {
            throw InvalidRequestException.of("query:cursor", "not a cursor this listing gave out");
        }
        var rows = graph.readRows(
                CypherResources.statement("taxonomy/versions"),
                Map.of("framework", framework, "before", before, "limit", limit + 1),
                r -> version(r.get("version")));
        if (rows.isEmpty() && after.isEmpty()) {
            graph.readOptional(
                            CypherResources.statement("taxonomy/framework-base"),
                            Map.of("framework", framework),
                            r -> r.get("id").asString())
                    .orElseThrow(() -> new NotFoundException("framework", framework));
        }
        return Page.keyset(rows, limit, v -> Long.toString(v.seq()));
    }

    /**
     * Records a direct import of {@code framework} (no change set): which source, by whom, and a summary. An
     * import whose framework is unknown records nothing.
     */
    public void recordImport(String framework, String source, String importer, String summary) {
        var version = new LinkedHashMap<String, Object>();
        version.put("source", source);
        version.put("importer", importer);
        version.put("at", clock.instant().atOffset(ZoneOffset.UTC));
        version.put("summary", summary);
        version.put("added", 0L);
        version.put("removed", 0L);
        version.put("changed", 0L);
        graph.write(tx -> tx.run(
                        CypherResources.statement("taxonomy/version-record"),
                        Map.of("framework", framework, "version", version))
                .consume());
    }

    static FrameworkVersion version(Value v) {
        return new FrameworkVersion(
                v.get("id").asString(),
                v.get("framework").asString(),
                v.get("seq").asLong(),
                Rows.string(v.get("source")),
                Rows.string(v.get("importer")),
                v.get("at").asZonedDateTime().toInstant(),
                Rows.string(v.get("changeSet")),
                Rows.string(v.get("summary")),
                v.get("added").asLong(0),
                v.get("removed").asLong(0),
                v.get("changed").asLong(0));
    }
}
