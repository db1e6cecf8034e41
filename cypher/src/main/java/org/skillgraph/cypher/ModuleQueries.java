package org.skillgraph.cypher;

import java.util.HashMap;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/** Module listings whose filters are optional: only the filters given become predicates. */
public final class ModuleQueries {

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();

    private ModuleQueries() {}

    /** Filters for a page of modules; {@code null} means "any". */
    public record Filter(String modality, String pacing, String status, String after, int limit) {
        public Filter {
            after = after == null ? "" : after;
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, was " + limit);
            }
        }
    }

    /** A page of modules in id order. */
    public static CypherQuery list(Filter filter) {
        var m = Cypher.node("Module").named("m");
        var parameters = new HashMap<String, Object>();
        parameters.put("after", filter.after());
        parameters.put("limit", filter.limit());
        Condition where = m.property("id").gt(Cypher.parameter("after"));
        for (var entry : new String[][] {
            {"modality", filter.modality()}, {"pacing", filter.pacing()}, {"status", filter.status()}
        }) {
            if (entry[1] != null) {
                where = where.and(m.property(entry[0]).isEqualTo(Cypher.parameter(entry[0])));
                parameters.put(entry[0], entry[1]);
            }
        }
        var statement = Cypher.match(m)
                .where(where)
                .returning(m.project("id", "title", "hours", "modality", "pacing", "cycle", "core", "status")
                        .as("module"))
                .orderBy(m.property("id"))
                .limit(Cypher.parameter("limit"))
                .build();
        return new CypherQuery(RENDERER.render(statement), parameters);
    }
}
