package org.skillgraph.engine.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Page;

/** Reads frameworks: the list and one framework's detail with its counts and scale. */
public final class FrameworkRepository {

    private final GraphClient graph;

    public FrameworkRepository(GraphClient graph) {
        this.graph = graph;
    }

    /** Every framework, in id order (one page: a graph holds a handful). */
    public Page<FrameworkSummary> list() {
        var rows = graph.readRows(
                CypherResources.statement("read/framework-list"),
                Map.of(),
                r -> new FrameworkSummary(
                        r.get("id").asString(),
                        Rows.string(r.get("title")),
                        Rows.string(r.get("version")),
                        Rows.string(r.get("publisher")),
                        Rows.string(r.get("language")),
                        r.get("skills").asLong()));
        return new Page<>(rows, null);
    }

    /** The framework {@code id}, if there is one. */
    public Optional<FrameworkDetail> find(String id) {
        return graph.readOptional(CypherResources.statement("read/framework-detail"), Map.of("id", id), r -> {
            var f = r.get("framework");
            return new FrameworkDetail(
                    f.get("id").asString(),
                    Rows.string(f.get("title")),
                    Rows.string(f.get("version")),
                    Rows.string(f.get("publisher")),
                    Rows.string(f.get("sourceUri")),
                    Rows.string(f.get("licence")),
                    Rows.string(f.get("language")),
                    f.get("lastChangedAt").isNull()
                            ? null
                            : f.get("lastChangedAt").asZonedDateTime().toOffsetDateTime(),
                    new FrameworkDetail.Counts(
                            r.get("skills").asLong(),
                            r.get("roles").asLong(),
                            r.get("modules").asLong()),
                    scale(f));
        });
    }

    private static FrameworkScale scale(Value f) {
        if (f.get("scaleName").isNull()) {
            return null;
        }
        var levels = f.get("scaleLevels").asList(Value::asInt);
        var named = !f.get("scaleValues").isNull();
        var keys = named ? f.get("scaleValues").asList(Value::asString) : List.<String>of();
        var froms = named ? List.<Double>of() : f.get("scaleFrom").asList(Value::asDouble);
        var rows = new ArrayList<FrameworkScale.Row>();
        for (int i = 0; i < levels.size(); i++) {
            rows.add(new FrameworkScale.Row(named ? null : froms.get(i), named ? keys.get(i) : null, levels.get(i)));
        }
        return new FrameworkScale(
                f.get("scaleName").asString(),
                named ? "named" : "numeric",
                Rows.decimal(f.get("scaleMin")),
                Rows.decimal(f.get("scaleMax")),
                rows);
    }
}
