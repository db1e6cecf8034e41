package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import java.util.List;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Sets and removes single prerequisites. The dependent skill owns its {@code REQUIRES} edges, so an
 * If-Match expectation is checked against that skill's tag, and the answer carries its new tag.
 */
public final class PrerequisiteEditor {

    private final EntityWrites writes;

    public PrerequisiteEditor(GraphClient graph) {
        this.writes = new EntityWrites(graph, "Skill", "skill");
    }

    /**
     * Makes {@code prerequisite} at {@code level} a prerequisite of {@code skill} (creating or updating the
     * edge); 404 if either skill is unknown, 409 {@code prerequisite-cycle} with the cycle if the prerequisite
     * already depends on the skill.
     */
    public Written<Prerequisite> put(String skill, String prerequisite, int level, IfMatch ifMatch) {
        return writes.update(skill, ifMatch, w -> {
            if (!w.exists("Skill", prerequisite)) {
                throw new NotFoundException("skill", prerequisite);
            }
            CycleGuard.refuse(w, Hierarchy.PREREQUISITES, skill, prerequisite, null);
            int created = w.merge(
                    "Skill",
                    "REQUIRES",
                    "Skill",
                    skill,
                    List.of(new EditTx.Edge(prerequisite, properties("level", level))));
            return new EntityWrites.Change<>(new Prerequisite(skill, prerequisite, level), created > 0);
        });
    }

    /** Removes the prerequisite; 404 if either skill is unknown or the edge does not exist. Returns the skill's new tag. */
    public String remove(String skill, String prerequisite, IfMatch ifMatch) {
        return writes.update(skill, ifMatch, w -> {
                    if (!w.deleteRelationship("Skill", "REQUIRES", "Skill", skill, prerequisite)) {
                        throw w.exists("Skill", prerequisite)
                                ? new NotFoundException("prerequisite of skill '" + skill + "'", prerequisite)
                                : new NotFoundException("skill", prerequisite);
                    }
                    return new EntityWrites.Change<>(null, false);
                })
                .etag();
    }
}
