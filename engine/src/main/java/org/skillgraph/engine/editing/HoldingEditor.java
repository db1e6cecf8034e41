package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Sets and removes the skills a person holds. The person owns their {@code HOLDS} edges, so If-Match is
 * checked against the person's tag and the answer carries their new tag.
 */
public final class HoldingEditor {

    private final EntityWrites writes;
    private final Clock clock;

    public HoldingEditor(GraphClient graph, Clock clock) {
        this.writes = EntityWrites.holdings(graph);
        this.clock = clock;
    }

    /**
     * Records the person's level in the skill (replacing any earlier evidence); {@code at} defaults to today.
     * 404 if the person or the skill is unknown.
     */
    public Written<Holding> put(String person, String skill, HoldingDraft draft, IfMatch ifMatch) {
        var at = draft.at() == null ? LocalDate.now(clock) : draft.at();
        return writes.update(person, ifMatch, w -> {
            if (!w.exists("Skill", skill)) {
                throw new NotFoundException("skill", skill);
            }
            var props = properties(
                    "level", draft.level(), "source", draft.source(), "at", at, "confidence", draft.confidence());
            int created = w.merge("Person", "HOLDS", "Skill", person, List.of(new EditTx.Edge(skill, props)));
            return new EntityWrites.Change<>(
                    new Holding(person, skill, draft.level(), draft.source(), at, draft.confidence()), created > 0);
        });
    }

    /** Removes the holding; 404 if the person or skill is unknown or not held. Returns the person's new tag. */
    public String remove(String person, String skill, IfMatch ifMatch) {
        return writes.update(person, ifMatch, w -> {
                    if (!w.deleteRelationship("Person", "HOLDS", "Skill", person, skill)) {
                        throw w.exists("Skill", skill)
                                ? new NotFoundException("holding of person '" + person + "'", skill)
                                : new NotFoundException("skill", skill);
                    }
                    return new EntityWrites.Change<>(null, false);
                })
                .etag();
    }
}
