package org.skillgraph.engine.catalog;

import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.ModuleQueries;
import org.skillgraph.engine.concurrency.EntityTag;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/** Reads learning modules: filtered listings and a module's detail. */
public final class ModuleRepository {

    private final GraphClient graph;

    public ModuleRepository(GraphClient graph) {
        this.graph = graph;
    }

    public Page<ModuleSummary> list(String modality, String pacing, String status, String cursor, int limit) {
        var query =
                ModuleQueries.list(new ModuleQueries.Filter(modality, pacing, status, Cursor.idOf(cursor), limit + 1));
        var rows = graph.readRows(query.text(), query.parameters(), r -> {
            var m = r.get("module");
            return new ModuleSummary(
                    m.get("id").asString(),
                    m.get("title").asString(),
                    m.get("hours").asDouble(),
                    Rows.string(m.get("modality")),
                    Rows.string(m.get("pacing")),
                    Rows.string(m.get("cycle")),
                    Rows.bool(m.get("core"), true),
                    Rows.string(m.get("status")));
        });
        return Page.keyset(rows, limit, ModuleSummary::id);
    }

    public Optional<ModuleDetail> find(String id) {
        return findTagged(id).map(Tagged::value);
    }

    /** A module's detail with the module's entity tag for optimistic concurrency. */
    public Optional<Tagged<ModuleDetail>> findTagged(String id) {
        return graph.readOptional(
                CypherResources.statement("read/module-detail"),
                Map.of("id", id),
                r -> new Tagged<>(detail(r), EntityTag.of(r.get("properties"), r.get("outgoing"))));
    }

    private static ModuleDetail detail(Record r) {
        var m = r.get("module");
        return new ModuleDetail(
                m.get("id").asString(),
                m.get("title").asString(),
                m.get("hours").asDouble(),
                Rows.string(m.get("modality")),
                Rows.string(m.get("pacing")),
                Rows.string(m.get("cycle")),
                Rows.bool(m.get("core"), true),
                Rows.strings(m.get("aids")),
                Rows.integer(m.get("passScore")),
                Rows.string(m.get("assessment")),
                Rows.string(m.get("status")),
                r.get("teaches").asList(ModuleRepository::level),
                r.get("assumes").asList(ModuleRepository::level));
    }

    private static ModuleDetail.SkillLevel level(Value v) {
        return new ModuleDetail.SkillLevel(
                v.get("skillId").asString(), v.get("name").asString(), Rows.integer(v.get("level"), 0));
    }
}
