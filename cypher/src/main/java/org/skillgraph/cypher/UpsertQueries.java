package org.skillgraph.cypher;

import java.util.Set;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/**
 * Batched, parameterised upserts used by the importers: each statement takes {@code $rows}, a list of
 * maps, and is idempotent. Labels and relationship types come from the fixed model below, never from
 * input; values only ever travel as parameters.
 */
public final class UpsertQueries {

    private static final Set<String> LABELS = Set.copyOf(Schema.LABELS);
    private static final Set<String> TYPES = Set.of(
            "IN_TOPIC",
            "BROADER",
            "REQUIRES",
            "RELATED",
            "NEEDS",
            "LEADS_TO",
            "TEACHES",
            "ASSUMES",
            "HOLDS",
            "IN_ROLE",
            "TARGETS",
            "REPORTS_TO",
            "COMPLETED",
            "ENROLLED",
            "COACHES",
            "MEMBER_OF",
            "CERTIFIES",
            "EARNED",
            "HELD_ROLE",
            "HAS_SEGMENT",
            "IN_FRAMEWORK",
            "EXACT_MATCH");

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();

    private UpsertQueries() {}

    /**
     * {@code $rows: [{id, properties: {...}}]}: merges each node by id and sets its properties (a
     * {@code null} value removes the property).
     */
    public static String upsertNodes(String label) {
        var row = Cypher.name("row");
        var node = Cypher.node(checkedLabel(label)).named("n").withProperties("id", Cypher.property(row, "id"));
        Statement statement = Cypher.unwind(Cypher.parameter("rows"))
                .as(row)
                .merge(node)
                .mutate(node, Cypher.property(row, "properties"))
                .build();
        return RENDERER.render(statement);
    }

    /**
     * {@code $rows: [{from, to, properties: {...}}]}: merges one relationship per pair of existing nodes
     * and sets its properties. Rows whose endpoints do not exist write nothing (the importers check
     * references before they write).
     */
    public static String mergeRelationships(String fromLabel, String type, String toLabel) {
        var row = Cypher.name("row");
        var from = from(fromLabel, row);
        var to = to(toLabel, row);
        var rel = from.relationshipTo(to, checkedType(type)).named("r");
        Statement statement = Cypher.unwind(Cypher.parameter("rows"))
                .as(row)
                .match(from)
                .match(to)
                .merge(rel)
                .mutate(rel, Cypher.property(row, "properties"))
                .build();
        return RENDERER.render(statement);
    }

    /**
     * Like {@link #mergeRelationships} for a relationship a node has at most one of (a person's role,
     * target role, manager): relationships of that type to any other node are removed first.
     */
    public static String replaceSingleRelationship(String fromLabel, String type, String toLabel) {
        var row = Cypher.name("row");
        var from = from(fromLabel, row);
        var other = Cypher.anyNode("other");
        var old = from.relationshipTo(other, checkedType(type)).named("old");
        var to = to(toLabel, row);
        var rel = from.relationshipTo(to, checkedType(type)).named("r");
        Statement statement = Cypher.unwind(Cypher.parameter("rows"))
                .as(row)
                .match(from)
                .optionalMatch(old)
                .where(other.property("id").isNotEqualTo(Cypher.property(row, "to")))
                .delete(old)
                .with(from, row)
                .match(to)
                .merge(rel)
                .mutate(rel, Cypher.property(row, "properties"))
                .build();
        return RENDERER.render(statement);
    }

    /** {@code $ids: [id]}: returns, as {@code id}, those that exist as nodes with {@code label}. */
    public static String existingIds(String label) {
        var id = Cypher.name("id");
        var node = Cypher.node(checkedLabel(label)).named("n").withProperties("id", id);
        Statement statement = Cypher.unwind(Cypher.parameter("ids"))
                .as(id)
                .match(node)
                .returning(node.property("id").as("id"))
                .build();
        return RENDERER.render(statement);
    }

    /**
     * {@code $ids}: what an entity of {@code label} is, for telling an import's changes apart: one row per
     * existing id with its properties and its outgoing relationships as {@code [type, other end's id,
     * properties]}.
     */
    public static String entityStates(String label) {
        var id = Cypher.name("id");
        var node = Cypher.node(checkedLabel(label)).named("n").withProperties("id", id);
        var other = Cypher.anyNode("m");
        var relationship = node.relationshipTo(other).named("r");
        Statement statement = Cypher.unwind(Cypher.parameter("ids"))
                .as(id)
                .match(node)
                .optionalMatch(relationship)
                .returning(
                        node.property("id").as("id"),
                        Cypher.properties(node).as("properties"),
                        Cypher.collect(Cypher.listOf(
                                        Cypher.type(relationship),
                                        other.property("id"),
                                        Cypher.properties(relationship)))
                                .as("outgoing"))
                .build();
        return RENDERER.render(statement);
    }

    /**
     * {@code $properties: {...}}: sets properties of the single {@code Meta} node (the ESCO version, say)
     * without bumping its version; the caller bumps it once when its whole write is done.
     */
    public static String setMeta() {
        var meta = Cypher.node(checkedLabel("Meta")).named("m").withProperties("id", Cypher.literalOf("meta"));
        Statement statement = Cypher.merge(meta)
                .onCreate()
                .set(meta.property("version").to(Cypher.literalOf(0)))
                .mutate(meta, Cypher.parameter("properties"))
                .build();
        return RENDERER.render(statement);
    }

    /** Bumps the single {@code Meta} node's version and returns it as {@code version}. */
    public static String bumpVersion() {
        return CypherResources.statement("write/bump-version");
    }

    /** Bumps {@code Meta.orgVersion} (people and reporting lines), taking the Meta lock. One row: orgVersion. */
    public static String bumpOrgVersion() {
        return CypherResources.statement("write/bump-org-version");
    }

    private static org.neo4j.cypherdsl.core.Node from(String label, SymbolicName row) {
        return Cypher.node(checkedLabel(label)).named("a").withProperties("id", Cypher.property(row, "from"));
    }

    private static org.neo4j.cypherdsl.core.Node to(String label, SymbolicName row) {
        return Cypher.node(checkedLabel(label)).named("b").withProperties("id", Cypher.property(row, "to"));
    }

    static String checkedLabel(String label) {
        if (!LABELS.contains(label)) {
            throw new IllegalArgumentException("Not a label of the skillgraph model: " + label);
        }
        return label;
    }

    static String checkedType(String type) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("Not a relationship type of the skillgraph model: " + type);
        }
        return type;
    }
}
