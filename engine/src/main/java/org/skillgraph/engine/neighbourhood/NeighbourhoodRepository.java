package org.skillgraph.engine.neighbourhood;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/**
 * Reads the neighbourhood of any node for a graph view: a breadth-first walk in one read transaction, one
 * statement per depth step (at most {@value #MAX_DEPTH} plus the lookup), bounded in nodes and rows.
 */
public final class NeighbourhoodRepository {

    public static final int DEFAULT_DEPTH = 1;
    public static final int MAX_DEPTH = 3;
    public static final int DEFAULT_LIMIT = 150;
    public static final int MAX_LIMIT = 500;

    /** Rows a step may return per node of the limit: generous for edges between known nodes, yet bounded. */
    private static final int ROWS_PER_NODE = 20;

    private final GraphClient graph;

    public NeighbourhoodRepository(GraphClient graph) {
        this.graph = graph;
    }

    /**
     * The nodes within {@code depth} steps of node {@code id} over {@code types} (the curriculum types when
     * empty), at most {@code limit} nodes.
     *
     * @throws NotFoundException when no node of the model has that id
     * @throws IllegalArgumentException when depth, limit or a type is out of range
     */
    public Neighbourhood around(String id, int depth, Set<String> types, int limit) {
        return around(id, depth, types, limit, true);
    }

    /**
     * As {@link #around(String, int, Set, int)}; without {@code includePeople}, a person as the start node is
     * answered as not found (so the answer does not say whether that person exists) and people's relationship
     * types are refused.
     */
    public Neighbourhood around(String id, int depth, Set<String> types, int limit, boolean includePeople) {
        if (!includePeople && types.stream().anyMatch(RelationshipTypes.PEOPLE::contains)) {
            throw new IllegalArgumentException("people's relationships are not available to this caller");
        }
        if (depth < 1 || depth > MAX_DEPTH || limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("depth must be 1–" + MAX_DEPTH + " and limit 1–" + MAX_LIMIT);
        }
        if (!RelationshipTypes.ALL.containsAll(types)) {
            throw new IllegalArgumentException("unknown relationship type among " + types);
        }
        List<String> walked = List.copyOf(new TreeSet<>(types.isEmpty() ? RelationshipTypes.CURRICULUM : types));
        int rowCap = limit * ROWS_PER_NODE;
        return graph.read(tx -> {
            var found = tx.run(CypherResources.statement("read/node-by-id"), Map.of("id", id))
                    .list();
            if (found.isEmpty()) {
                throw new NotFoundException("node", id);
            }
            var start = element(found.get(0).get("element"), found.get(0));
            if (!includePeople && "Person".equals(start.node().label())) {
                throw new NotFoundException("node", id);
            }
            var walk = new NeighbourhoodWalk(start, limit);
            List<String> frontier = List.of(start.element());
            for (int step = 1; step <= depth && !frontier.isEmpty(); step++) {
                var rows = tx.run(
                                CypherResources.statement("read/neighbourhood-step"),
                                Map.of("frontier", frontier, "types", walked, "limit", rowCap))
                        .list(NeighbourhoodRepository::step);
                if (rows.size() == rowCap) {
                    walk.markTruncated();
                }
                frontier = walk.step(frontier, rows);
            }
            return new Neighbourhood(start.node(), depth, walked, limit, walk.nodes(), walk.edges(), walk.truncated());
        });
    }

    private static NeighbourhoodWalk.Step step(Record r) {
        return new NeighbourhoodWalk.Step(
                r.get("position").asInt(),
                r.get("relationship").asString(),
                r.get("type").asString(),
                r.get("outgoing").asBoolean(),
                element(r.get("element"), r),
                r.get("properties").asMap(Value::asObject));
    }

    private static NeighbourhoodWalk.Element element(Value element, Record r) {
        var labels = Rows.strings(r.get("labels"));
        var node = new GraphNode(r.get("id").asString(), NeighbourhoodWalk.label(labels), Rows.string(r.get("name")));
        return new NeighbourhoodWalk.Element(element.asString(), node);
    }
}
