package org.skillgraph.engine.editing;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.PendingChanges;

/**
 * What every write to one entity shares: one transaction that bumps the graph version first (curriculum
 * entities only), the existence check (404 or 409 {@code already-exists}, or {@code id-taken} when another
 * kind holds the id), the node lock and the If-Match check; the aggregate supplies the rest.
 */
final class EntityWrites {

    private final GraphClient graph;
    private final String label;
    private final String kind;
    private final boolean curriculum;
    private final boolean serialised;

    /** Writes to a curriculum entity: each bumps {@code Meta.version}, so snapshots of the old one retire. */
    EntityWrites(GraphClient graph, String label, String kind) {
        this(graph, label, kind, true, true);
    }

    private EntityWrites(GraphClient graph, String label, String kind, boolean curriculum, boolean serialised) {
        this.graph = graph;
        this.label = label;
        this.kind = kind;
        this.curriculum = curriculum;
        this.serialised = serialised;
    }

    /**
     * Writes to people. They leave {@code Meta.version} alone: the curriculum snapshot does not hold people,
     * so rebuilding it (seconds at ESCO scale) on every API node after a person's edit would buy nothing. The
     * Meta lock is still taken, without the bump, so the reporting-line cycle guard and the existence checks
     * read a graph no concurrent person write can change before commit.
     */
    static EntityWrites people(GraphClient graph) {
        return new EntityWrites(graph, "Person", "person", false, true);
    }

    /**
     * Writes to one person's holdings: no bump and no Meta lock; the person's node lock serialises them, and
     * no guard reads beyond that person.
     */
    static EntityWrites holdings(GraphClient graph) {
        return new EntityWrites(graph, "Person", "person", false, false);
    }

    /** The entity's name in messages: {@code skill}, {@code person}… */
    String kind() {
        return kind;
    }

    /** Begins the transaction; a write to a person is noted for the change feed (curriculum writes bump the version). */
    private EditTx begin(org.neo4j.driver.TransactionContext tx, String id) {
        if (!curriculum) {
            PendingChanges.person(id);
        }
        return curriculum ? EditTx.begin(tx) : EditTx.unversioned(tx, serialised);
    }

    /** Runs {@code work} for a new entity; 409 {@code already-exists} if the id is taken. */
    void create(String id, Consumer<EditTx> work) {
        graph.write(tx -> {
            var w = begin(tx, id);
            if (w.exists(label, id)) {
                throw new ConflictException(
                        "already-exists",
                        "A " + kind + " with id '" + id + "' already exists; PUT replaces it",
                        Map.of("id", id));
            }
            w.claimId(label, id);
            work.accept(w);
            return null;
        });
    }

    /** Runs {@code work} on the locked entity and returns its result and the entity's new tag. */
    <T> Written<T> update(String id, IfMatch ifMatch, Function<EditTx, Change<T>> work) {
        return graph.write(tx -> {
            var w = begin(tx, id);
            var tag = w.lockTag(label, id).orElseThrow(() -> new NotFoundException(kind, id));
            ifMatch.check(kind, id, tag);
            var change = work.apply(w);
            return new Written<>(change.value(), change.created(), w.tagOf(label, id));
        });
    }

    /** Runs {@code guard} on the locked entity, then deletes it with its relationships. */
    void delete(String id, IfMatch ifMatch, Consumer<EditTx> guard) {
        graph.write(tx -> {
            var w = begin(tx, id);
            var tag = w.lockTag(label, id).orElseThrow(() -> new NotFoundException(kind, id));
            ifMatch.check(kind, id, tag);
            guard.accept(w);
            w.deleteNode(label, id);
            return null;
        });
    }

    /** What a piece of work did: its result and whether it created something. */
    record Change<T>(T value, boolean created) {}
}
