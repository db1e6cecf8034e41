package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import org.skillgraph.engine.catalog.RoleDetail;
import org.skillgraph.engine.catalog.RoleRepository;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Creates, replaces and deletes roles. A role owns its profile ({@code NEEDS}) and its career moves out
 * ({@code LEADS_TO}); moves may form cycles (lateral moves back and forth are normal).
 */
public final class RoleEditor {

    private final EntityWrites writes;
    private final RoleRepository roles;

    public RoleEditor(GraphClient graph, RoleRepository roles) {
        this.writes = new EntityWrites(graph, "Role", "role");
        this.roles = roles;
    }

    /** Creates the role; 409 {@code already-exists} if its id is taken. */
    public Tagged<RoleDetail> create(RoleDraft draft) {
        writes.create(draft.id(), w -> write(w, draft));
        return read(draft.id());
    }

    /** Replaces the role's properties, profile and moves; 404 if unknown, 412 if {@code ifMatch} fails. */
    public Tagged<RoleDetail> replace(RoleDraft draft, IfMatch ifMatch) {
        writes.update(draft.id(), ifMatch, w -> {
            write(w, draft);
            return new EntityWrites.Change<>(null, false);
        });
        return read(draft.id());
    }

    /**
     * Deletes the role; refused (409 {@code has-dependents}) while people are in it or target it, or other
     * roles lead to it, unless {@code force}: then those people lose their role or target and the moves go.
     */
    public void delete(String id, boolean force, IfMatch ifMatch) {
        writes.delete(
                id,
                ifMatch,
                w -> Dependents.refuseUnlessForced(
                        "role", id, Dependents.of(w.row("read/role-dependents", id)), force));
    }

    private static void write(EditTx w, RoleDraft d) {
        w.setProperties(
                "Role",
                d.id(),
                properties(
                        "title", d.title(), "family", d.family(), "level", d.level(), "description", d.description()));
        var refs = new References();
        for (int i = 0; i < d.needs().size(); i++) {
            refs.one("Skill", "/needs/" + i + "/skill", d.needs().get(i).skill());
        }
        for (int i = 0; i < d.leadsTo().size(); i++) {
            refs.one("Role", "/leadsTo/" + i + "/role", d.leadsTo().get(i).role());
        }
        refs.requireIn(w);
        w.deleteOutgoing("Role", d.id(), "NEEDS", "LEADS_TO");
        w.merge(
                "Role",
                "NEEDS",
                "Skill",
                d.id(),
                d.needs().stream()
                        .map(n -> new EditTx.Edge(
                                n.skill(),
                                properties(
                                        "level", n.level(), "importance", n.importance(), "essential", n.essential())))
                        .toList());
        w.merge(
                "Role",
                "LEADS_TO",
                "Role",
                d.id(),
                d.leadsTo().stream()
                        .map(m -> new EditTx.Edge(m.role(), properties("kind", m.kind())))
                        .toList());
    }

    private Tagged<RoleDetail> read(String id) {
        return roles.findTagged(id).orElseThrow(() -> new NotFoundException("role", id));
    }
}
