package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.LocalFramework;
import org.skillgraph.engine.catalog.SkillDetail;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Creates, replaces and deletes skills. A skill owns its topics, broader skills, prerequisites and
 * related skills: writing a draft replaces all of them, refusing prerequisite and taxonomy cycles. A delete
 * is refused (409 {@code has-dependents}) while roles need the skill, modules teach or assume it, badges
 * certify it, skills require it or are narrower than it, or people hold it, unless {@code force}, which
 * removes those references with it.
 */
public final class SkillEditor extends EntityEditor<SkillDraft, SkillDetail> {

    static final String[] OWNED = {"IN_TOPIC", "BROADER", "REQUIRES", "RELATED"};

    public SkillEditor(GraphClient graph, SkillRepository skills) {
        super(new EntityWrites(graph, "Skill", "skill"), skills::findTagged, "read/skill-dependents");
    }

    @Override
    void write(EditTx w, SkillDraft d) {
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
        // Every skill belongs to one framework; the editing API does not move skills between them.
        w.row("write/skill-in-local", Map.of("id", d.id(), "title", LocalFramework.TITLE));
        w.row("write/skills-framework-touch", Map.of("ids", List.of(d.id())));
    }
}
