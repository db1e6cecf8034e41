package org.skillgraph.engine.editing;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.error.NotFoundException;

/**
 * What the skill, topic, role, module and person editors share: create, replace and delete of one entity,
 * each in one write transaction that checks existence, takes the node lock and checks {@code If-Match}
 * before the editor's own statements, answering with what a read right after it sees. An editor supplies
 * only how its draft is written and, where it differs, how a delete is guarded.
 *
 * @param <D> the draft an editor writes
 * @param <V> the entity as read back
 */
public abstract sealed class EntityEditor<D extends EntityDraft, V>
        permits SkillEditor, TopicEditor, RoleEditor, ModuleEditor, PersonEditor {

    private final EntityWrites writes;
    private final Function<String, Optional<Tagged<V>>> find;
    private final String dependents;

    /**
     * {@code dependents} names the {@code read/} resource listing what refers to an entity, for the default
     * delete guard.
     */
    EntityEditor(EntityWrites writes, Function<String, Optional<Tagged<V>>> find, String dependents) {
        this.writes = writes;
        this.find = find;
        this.dependents = dependents;
    }

    /** Creates the entity; 409 {@code already-exists} if its id is taken. */
    public Tagged<V> create(D draft) {
        var id = draft.id();
        writes.create(id, w -> write(w, draft));
        return read(id);
    }

    /**
     * Replaces the entity's properties and the relationships it owns; 404 if unknown, 412 if {@code ifMatch}
     * fails.
     */
    public Tagged<V> replace(D draft, IfMatch ifMatch) {
        var id = draft.id();
        writes.update(id, ifMatch, w -> {
            write(w, draft);
            return new EntityWrites.Change<>(null, false);
        });
        return read(id);
    }

    /**
     * Deletes the entity with its relationships; 404 if unknown, 412 if {@code ifMatch} fails. While other
     * nodes refer to it, the delete is refused (409 {@code has-dependents}) unless {@code force}, which removes
     * those references with it; each editor says what counts.
     */
    public void delete(String id, boolean force, IfMatch ifMatch) {
        writes.delete(id, ifMatch, w -> guardDelete(w, id, force));
    }

    /** Writes the draft's properties and owned relationships, refusing unknown references and cycles. */
    abstract void write(EditTx w, D draft);

    /** The default guard: 409 {@code has-dependents} while anything refers to the entity, unless forced. */
    void guardDelete(EditTx w, String id, boolean force) {
        Dependents.refuseUnlessForced(writes.kind(), id, dependents(w, id), force);
    }

    /** What refers to the locked entity, as its dependents resource lists it. */
    final List<DependentGroup> dependents(EditTx w, String id) {
        return Dependents.of(w.row(dependents, id));
    }

    private Tagged<V> read(String id) {
        // A new read transaction: the shared bookmark manager makes it see the write just committed.
        return find.apply(id).orElseThrow(() -> new NotFoundException(writes.kind(), id));
    }
}
