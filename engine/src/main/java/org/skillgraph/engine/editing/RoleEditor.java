package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import org.skillgraph.engine.catalog.RoleDetail;
import org.skillgraph.engine.catalog.RoleRepository;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Creates, replaces and deletes roles. A role owns its profile ({@code NEEDS}) and its career moves out
 * ({@code LEADS_TO}); moves may form cycles (lateral moves back and forth are normal). A delete is refused
 * (409 {@code has-dependents}) while people are in the role or target it, or other roles lead to it, unless
 * {@code force}: then those people lose their role or target and the moves go.
 */
public final class RoleEditor extends EntityEditor<RoleDraft, RoleDetail> {

    public RoleEditor(GraphClient graph, RoleRepository roles) {
        super(new EntityWrites(graph, "Role", "role"), roles::findTagged, "read/role-dependents");
    }

    @Override
    void write(EditTx w, RoleDraft d) {
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
        refuseDeprecated(w, d);
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

    /** A role profile may not need a deprecated skill: 400 {@code deprecated-skill}, naming its successors. */
    private static void refuseDeprecated(EditTx w, RoleDraft d) {
        var deprecated =
                w.deprecated(d.needs().stream().map(n -> n.skill()).collect(java.util.stream.Collectors.toSet()));
        if (deprecated.isEmpty()) {
            return;
        }
        var errors = new java.util.ArrayList<org.skillgraph.engine.error.FieldError>();
        for (int i = 0; i < d.needs().size(); i++) {
            var skill = d.needs().get(i).skill();
            if (deprecated.containsKey(skill)) {
                var successors = deprecated.get(skill);
                errors.add(new org.skillgraph.engine.error.FieldError(
                        "/needs/" + i + "/skill",
                        "skill '" + skill + "' is deprecated"
                                + (successors.isEmpty() ? "" : "; need its successor(s) " + successors + " instead")));
            }
        }
        throw new org.skillgraph.engine.error.InvalidRequestException(
                "deprecated-skill", "A role profile may not need a deprecated skill; nothing was written", errors);
    }
}
