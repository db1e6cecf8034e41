package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import java.util.Map;
import org.skillgraph.engine.catalog.ModuleDetail;
import org.skillgraph.engine.catalog.ModuleRepository;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.neo4j.GraphClient;

/** Creates, replaces and deletes learning modules with what they teach and assume. */
public final class ModuleEditor extends EntityEditor<ModuleDraft, ModuleDetail> {

    public ModuleEditor(GraphClient graph, ModuleRepository modules) {
        super(new EntityWrites(graph, "Module", "module"), modules::findTagged, "read/module-history");
    }

    /**
     * Deletes a module nobody has completed or enrolled in. A module in someone's learning history is never
     * deleted, not even with {@code force} (409 {@code has-history}): retire it instead, so past completions
     * keep their meaning. Nothing else refers to a module, so {@code force} changes nothing here.
     */
    public void delete(String id, IfMatch ifMatch) {
        delete(id, false, ifMatch);
    }

    @Override
    void guardDelete(EditTx w, String id, boolean force) {
        var history = dependents(w, id);
        if (!history.isEmpty()) {
            throw new ConflictException(
                    "has-history",
                    "The module '" + id + "' is part of learning history (" + Dependents.summary(history)
                            + "); retire it instead (PUT it with status retired)",
                    Map.of("dependents", history));
        }
    }

    @Override
    void write(EditTx w, ModuleDraft d) {
        w.setProperties(
                "Module",
                d.id(),
                properties(
                        "title", d.title(),
                        "hours", d.hours(),
                        "modality", d.modality(),
                        "pacing", d.pacing(),
                        "cycle", d.cycle(),
                        "core", d.core(),
                        "aids", d.aids(),
                        "passScore", d.passScore(),
                        "assessment", d.assessment(),
                        "status", d.status()));
        new References()
                .levels("/teaches", d.teaches())
                .levels("/assumes", d.assumes())
                .requireIn(w);
        w.deleteOutgoing("Module", d.id(), "TEACHES", "ASSUMES");
        w.merge(
                "Module",
                "TEACHES",
                "Skill",
                d.id(),
                d.teaches().stream().map(EditTx.Edge::withLevel).toList());
        w.merge(
                "Module",
                "ASSUMES",
                "Skill",
                d.id(),
                d.assumes().stream().map(EditTx.Edge::withLevel).toList());
    }
}
