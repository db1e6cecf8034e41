package org.skillgraph.engine.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.concurrency.EntityTag;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/** Reads roles: listings by family and a role's profile and moves. */
public final class RoleRepository {

    private final GraphClient graph;

    public RoleRepository(GraphClient graph) {
        this.graph = graph;
    }

    public Page<RoleSummary> list(String family, String cursor, int limit) {
        var parameters = new HashMap<String, Object>();
        parameters.put("after", Cursor.idOf(cursor));
        parameters.put("family", family);
        parameters.put("limit", limit + 1);
        var rows = graph.readRows(CypherResources.statement("read/role-list"), parameters, r -> {
            var role = r.get("role");
            return new RoleSummary(
                    role.get("id").asString(),
                    role.get("title").asString(),
                    Rows.string(role.get("family")),
                    Rows.integer(role.get("level")),
                    r.get("needs").asInt());
        });
        return Page.keyset(rows, limit, RoleSummary::id);
    }

    public Optional<RoleDetail> find(String id) {
        return findTagged(id).map(Tagged::value);
    }

    /** A role's profile and moves with the role's entity tag for optimistic concurrency. */
    public Optional<Tagged<RoleDetail>> findTagged(String id) {
        return graph.readOptional(
                CypherResources.statement("read/role-detail"),
                Map.of("id", id),
                r -> new Tagged<>(detail(r), EntityTag.of(r.get("properties"), r.get("outgoing"))));
    }

    private static RoleDetail detail(Record r) {
        var role = r.get("role");
        return new RoleDetail(
                role.get("id").asString(),
                role.get("title").asString(),
                Rows.string(role.get("family")),
                Rows.integer(role.get("level")),
                Rows.string(role.get("description")),
                r.get("profile")
                        .asList(v -> new RoleDetail.ProfileEntry(
                                v.get("skillId").asString(),
                                v.get("name").asString(),
                                Rows.integer(v.get("level"), 0),
                                Rows.integer(v.get("importance"), 3),
                                Rows.bool(v.get("essential"), false))),
                r.get("movesOut").asList(RoleRepository::move),
                r.get("movesIn").asList(RoleRepository::move));
    }

    private static RoleDetail.Move move(Value v) {
        return new RoleDetail.Move(v.get("roleId").asString(), v.get("title").asString(), Rows.string(v.get("kind")));
    }
}
