package org.skillgraph.cypher;

import static org.skillgraph.cypher.UpsertQueries.checkedLabel;
import static org.skillgraph.cypher.UpsertQueries.checkedType;

import java.util.Arrays;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * Single-entity statements of the curriculum editor. Labels and relationship types come from the fixed
 * model (checked like {@link UpsertQueries}); every value travels as a parameter.
 */
public final class EditQueries {

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();

    private EditQueries() {}

    /**
     * {@code $id}: takes the node's write lock (setting {@code id} to itself) and returns what its entity tag
     * is computed from: {@code properties} and {@code outgoing} ({@code [{type, to, properties}]}). Zero rows
     * when no such node exists. The read detail queries project the same two columns.
     */
    public static String lockState(String label) {
        var n = node(label, "n", "id");
        var x = Cypher.anyNode("x");
        var r = n.relationshipTo(x).named("r");
        var statement = Cypher.match(n)
                .set(n.property("id").to(n.property("id")))
                .returning(
                        Cypher.properties(n).as("properties"),
                        Cypher.listBasedOn(r)
                                .returning(Cypher.mapOf(
                                        "type",
                                        Cypher.type(r),
                                        "to",
                                        x.property("id"),
                                        "properties",
                                        Cypher.properties(r)))
                                .as("outgoing"))
                .build();
        return RENDERER.render(statement);
    }

    /** {@code $id}: removes the node's outgoing relationships of the given types (those a PUT replaces). */
    public static String deleteOutgoing(String label, String... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("name at least one relationship type");
        }
        var n = node(label, "n", "id");
        var checked = Arrays.stream(types).map(UpsertQueries::checkedType).toArray(String[]::new);
        var r = n.relationshipTo(Cypher.anyNode(), checked).named("r");
        return RENDERER.render(Cypher.match(r).delete(r).build());
    }

    /** {@code $id}: deletes the node and every relationship it has. */
    public static String deleteNode(String label) {
        var n = node(label, "n", "id");
        return RENDERER.render(Cypher.match(n).detachDelete(n).build());
    }

    /** {@code $from, $to}: deletes the one relationship between two nodes; one row, {@code deleted} (0 or 1). */
    public static String deleteRelationship(String fromLabel, String type, String toLabel) {
        var a = node(fromLabel, "a", "from");
        var b = node(toLabel, "b", "to");
        var r = a.relationshipTo(b, checkedType(type)).named("r");
        var statement = Cypher.optionalMatch(r)
                .delete(r)
                .returning(Cypher.count(r.getRequiredSymbolicName()).as("deleted"))
                .build();
        return RENDERER.render(statement);
    }

    /**
     * {@code $from, $to}: the shortest directed path over {@code type} from one node to another, as node
     * {@code ids}; zero rows when there is none. Used inside write transactions: a path from the new
     * edge's target back to its source is the cycle the edge would close.
     */
    public static String shortestPath(String label, String type) {
        var a = node(label, "a", "from");
        var b = node(label, "b", "to");
        var path = Cypher.shortestK(1)
                .named("p")
                .definedBy(a.relationshipTo(b, checkedType(type)).unbounded());
        var n = Cypher.name("n");
        var statement = Cypher.match(path)
                .returning(Cypher.listWith(n)
                        .in(Cypher.nodes(path))
                        .returning(Cypher.property(n, "id"))
                        .as("ids"))
                .build();
        return RENDERER.render(statement);
    }

    private static Node node(String label, String name, String idParameter) {
        return Cypher.node(checkedLabel(label)).named(name).withProperties("id", Cypher.parameter(idParameter));
    }
}
