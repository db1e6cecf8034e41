package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import org.skillgraph.engine.catalog.SkillDetail;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Creates, replaces and deletes skills. A skill owns its topics, broader skills, prerequisites and
 * related skills: writing a draft replaces all of them, refusing prerequisite and taxonomy cycles.
 */
public final class SkillEditor {

    static final String[] OWNED = {"IN_TOPIC", "BROADER", "REQUIRES", "RELATED"};

    private final EntityWrites writes;
    private final SkillRepository skills;

    public SkillEditor(GraphClient graph, SkillRepository skills) {
        this.writes = new EntityWrites(graph, "Skill", "skill");
        this.skills = skills;
    }

    /** Creates the skill; 409 {@code already-exists} if its id is taken. */
    public Tagged<SkillDetail> create(SkillDraft draft) {
        writes.create(draft.id(), w -> write(w, draft));
        return read(draft.id());
    }

    /** Replaces the skill's properties and owned relationships; 404 if unknown, 412 if {@code ifMatch} fails. */
    public Tagged<SkillDetail> replace(SkillDraft draft, IfMatch ifMatch) {
        writes.update(draft.id(), ifMatch, w -> {
            write(w, draft);
            return new EntityWrites.Change<>(null, false);
        });
        return read(draft.id());
    }

    /**
     * Deletes the skill. While roles need it, modules teach or assume it, badges certify it, skills require
     * it or are narrower than it, or people hold it, the delete is refused (409 {@code has-dependents}) unless
     * {@code force}, which removes those references with it.
     */
    public void delete(String id, boolean force, IfMatch ifMatch) {
        writes.delete(
                id,
                ifMatch,
                w -> Dependents.refuseUnlessForced(
                        "skill", id, Dependents.of(w.row("read/skill-dependents", id)), force));
    }

    private static void write(EditTx w, SkillDraft d) {
        w.setProperties(
                "Skill",
                d.id(),
                properties(
                        "name", d.name(),
                        "description", d.description(),
                        "aliases", d.aliases(),
                        "kind", d.kind() == null ? "skill" : d.kind()));
        new References()
                .list("Topic", "/topics", d.topics())
                .list("Skill", "/broader", d.broader())
                .levels("/requires", d.requires())
                .list("Skill", "/related", d.related())
                .requireIn(w);
        w.deleteOutgoing("Skill", d.id(), OWNED);
        for (int i = 0; i < d.requires().size(); i++) {
            CycleGuard.refuse(
                    w, Hierarchy.PREREQUISITES, d.id(), d.requires().get(i).skill(), "/requires/" + i + "/skill");
        }
        for (int i = 0; i < d.broader().size(); i++) {
            CycleGuard.refuse(w, Hierarchy.SKILL_TAXONOMY, d.id(), d.broader().get(i), "/broader/" + i);
        }
        w.merge(
                "Skill",
                "IN_TOPIC",
                "Topic",
                d.id(),
                d.topics().stream().map(EditTx.Edge::to).toList());
        w.merge(
                "Skill",
                "BROADER",
                "Skill",
                d.id(),
                d.broader().stream().map(EditTx.Edge::to).toList());
        w.merge(
                "Skill",
                "REQUIRES",
                "Skill",
                d.id(),
                d.requires().stream().map(EditTx.Edge::withLevel).toList());
        w.merge(
                "Skill",
                "RELATED",
                "Skill",
                d.id(),
                d.related().stream().map(EditTx.Edge::to).toList());
    }

    private Tagged<SkillDetail> read(String id) {
        // A new read transaction: the shared bookmark manager makes it see the write just committed.
        return skills.findTagged(id).orElseThrow(() -> new NotFoundException("skill", id));
    }
}
