package org.skillgraph.engine.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.EditQueries;
import org.skillgraph.cypher.UpsertQueries;
import org.skillgraph.engine.concurrency.EntityTag;
import org.skillgraph.engine.ids.IdClaims;
import org.skillgraph.engine.neo4j.PendingChanges;

/**
 * One editing write transaction. {@link #begin} bumps {@code Meta.version} first: that takes the Meta
 * node's write lock, so editing transactions run one after the other and a guard's read (a cycle path,
 * the dependents of a node) cannot be outdated by a concurrent editor before this one commits.
 */
final class EditTx {

    private final TransactionContext tx;

    private EditTx(TransactionContext tx) {
        this.tx = tx;
    }

    static EditTx begin(TransactionContext tx) {
        tx.run(UpsertQueries.bumpVersion()).consume();
        PendingChanges.curriculum();
        return new EditTx(tx);
    }

    /**
     * A write to people's data, which no curriculum snapshot holds: no version bump. {@code serialised} bumps
     * {@code Meta.orgVersion} instead (API nodes reload their org chart) and so takes the Meta lock, which keeps
     * guards and existence checks true until commit.
     */
    static EditTx unversioned(TransactionContext tx, boolean serialised) {
        if (serialised) {
            tx.run(UpsertQueries.bumpOrgVersion()).consume();
        }
        return new EditTx(tx);
    }

    /** Locks the node and returns its entity tag; empty when there is no such node. */
    Optional<String> lockTag(String label, String id) {
        return tx.run(EditQueries.lockState(label), Map.of("id", id)).stream()
                .findFirst()
                .map(r -> EntityTag.of(r.get("properties"), r.get("outgoing")));
    }

    /** The entity tag after this transaction's writes (the node is locked already). */
    String tagOf(String label, String id) {
        return lockTag(label, id).orElseThrow(() -> new IllegalStateException(label + " " + id + " vanished"));
    }

    /** 409 {@code id-taken} when a node of another label holds {@code id} (the Meta lock is held already). */
    void claimId(String label, String id) {
        IdClaims.claim(tx, label, id);
    }

    boolean exists(String label, String id) {
        return !existing(label, Set.of(id)).isEmpty();
    }

    /** The deprecated skills among {@code ids}, each with its successors (no new profile may need one). */
    Map<String, List<String>> deprecated(Set<String> ids) {
        var out = new java.util.TreeMap<String, List<String>>();
        tx.run(CypherResources.statement("taxonomy/deprecated-skills"), Map.of("ids", List.copyOf(ids)))
                .forEachRemaining(
                        r -> out.put(r.get("id").asString(), r.get("successors").asList(v -> v.asString())));
        return out;
    }

    Set<String> existing(String label, Set<String> ids) {
        return Set.copyOf(tx.run(UpsertQueries.existingIds(label), Map.of("ids", List.copyOf(ids)))
                .list(r -> r.get("id").asString()));
    }

    /** Creates the node if needed and sets {@code properties}; a {@code null} value removes that property. */
    void setProperties(String label, String id, Map<String, Object> properties) {
        var row = Map.of("id", id, "properties", properties);
        tx.run(UpsertQueries.upsertNodes(label), Map.of("rows", List.of(row))).consume();
        touchPerson(label, id);
    }

    void deleteOutgoing(String label, String id, String... types) {
        tx.run(EditQueries.deleteOutgoing(label, types), Map.of("id", id)).consume();
        touchPerson(label, id);
    }

    /** Merges one relationship per row ({@code to}, {@code properties}); returns how many were created. */
    int merge(String fromLabel, String type, String toLabel, String from, List<Edge> edges) {
        if (edges.isEmpty()) {
            return 0;
        }
        var rows = new ArrayList<Map<String, Object>>();
        for (var edge : edges) {
            rows.add(Map.of("from", from, "to", edge.to(), "properties", edge.properties()));
        }
        int created = tx.run(UpsertQueries.mergeRelationships(fromLabel, type, toLabel), Map.of("rows", rows))
                .consume()
                .counters()
                .relationshipsCreated();
        touchPerson(fromLabel, from);
        return created;
    }

    boolean deleteRelationship(String fromLabel, String type, String toLabel, String from, String to) {
        boolean deleted =
                tx.run(EditQueries.deleteRelationship(fromLabel, type, toLabel), Map.of("from", from, "to", to))
                                .single()
                                .get("deleted")
                                .asLong()
                        > 0;
        touchPerson(fromLabel, from);
        return deleted;
    }

    /**
     * Every edit of a person's properties or outgoing relationships (department, target, holdings) may change
     * the inputs of the metrics: it bumps the person's fact version in this same transaction.
     */
    private void touchPerson(String label, String id) {
        if ("Person".equals(label)) {
            tx.run(CypherResources.statement("write/person-facts-touch"), Map.of("people", List.of(id)))
                    .consume();
        }
    }

    /** Node ids along the shortest directed path over {@code type}, or empty when there is none. */
    Optional<List<String>> path(String label, String type, String from, String to) {
        return tx.run(EditQueries.shortestPath(label, type), Map.of("from", from, "to", to)).stream()
                .findFirst()
                .map(r -> r.get("ids").asList(v -> v.asString()));
    }

    void deleteNode(String label, String id) {
        tx.run(EditQueries.deleteNode(label), Map.of("id", id)).consume();
    }

    /**
     * Revokes every API token bound to the person and deletes the xAPI statements that are theirs, as an erasure
     * does, before the person is deleted.
     */
    void releaseOwnedData(String personId, java.time.Instant at) {
        tx.run(
                        CypherResources.statement("write/person-release"),
                        Map.of("id", personId, "at", at.atZone(java.time.ZoneOffset.UTC)))
                .consume();
    }

    /** The single row of a {@code read/} resource taking {@code $id}. */
    Record row(String resource, String id) {
        return tx.run(CypherResources.statement(resource), Map.of("id", id)).single();
    }

    /** The single row of a resource taking {@code parameters}. */
    Record row(String resource, Map<String, Object> parameters) {
        return tx.run(CypherResources.statement(resource), parameters).single();
    }

    /** A relationship to create: the other end's id and the relationship's properties. */
    record Edge(String to, Map<String, Object> properties) {

        static Edge to(String to) {
            return new Edge(to, Map.of());
        }

        static Edge withLevel(LevelRef ref) {
            return new Edge(ref.skill(), Map.of("level", ref.level()));
        }
    }

    /** A property map that keeps {@code null} values, so that writing it removes those properties. */
    static Map<String, Object> properties(Object... keysAndValues) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
