package org.skillgraph.engine.editing;

import java.util.List;
import java.util.Map;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.crosswalk.Crosswalk;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Adds and removes crosswalks ({@code EXACT_MATCH}) between skills of different frameworks. The skill a
 * crosswalk is created from owns it, so If-Match is checked against that skill's tag and the answer carries
 * its new tag; a crosswalk is removed from either end.
 */
public final class CrosswalkEditor {

    private final EntityWrites writes;

    public CrosswalkEditor(GraphClient graph) {
        this.writes = new EntityWrites(graph, "Skill", "skill");
    }

    /**
     * Links {@code skill} and {@code match}: 404 if {@code skill} is unknown, 400 {@code unknown-reference} if
     * {@code match} is, 409 {@code already-exists} if they are linked (either way) and 409 {@code
     * same-framework} if both belong to one framework (a framework does not match itself).
     */
    public Written<Crosswalk> add(String skill, String match, IfMatch ifMatch) {
        return writes.update(skill, ifMatch, w -> {
            new References().one("Skill", "/match", match).requireIn(w);
            var check = w.row("read/crosswalk-check", Map.of("skill", skill, "match", match));
            var skillFramework = check.get("skillFramework").asString(null);
            var matchFramework = check.get("matchFramework").asString(null);
            if (check.get("exists").asBoolean()) {
                throw new ConflictException(
                        "already-exists",
                        "Skills '" + skill + "' and '" + match + "' are already an exact match",
                        Map.of("skill", skill, "match", match));
            }
            if (skillFramework != null && skillFramework.equals(matchFramework)) {
                throw new ConflictException(
                        "same-framework",
                        "Skills '" + skill + "' and '" + match + "' are both in framework '" + skillFramework
                                + "'; crosswalks link skills of different frameworks",
                        Map.of("framework", skillFramework));
            }
            w.merge("Skill", "EXACT_MATCH", "Skill", skill, List.of(EditTx.Edge.to(match)));
            w.row("write/skills-framework-touch", Map.of("ids", List.of(skill, match)));
            var written = w.row("read/crosswalk-check", Map.of("skill", skill, "match", match));
            return new EntityWrites.Change<>(
                    new Crosswalk(
                            skill,
                            written.get("skillName").asString(null),
                            skillFramework,
                            match,
                            written.get("matchName").asString(null),
                            matchFramework),
                    true);
        });
    }

    /** Removes the crosswalk between {@code skill} and {@code match}; 404 if there is none. Returns the skill's tag. */
    public String remove(String skill, String match, IfMatch ifMatch) {
        return writes.update(skill, ifMatch, w -> {
                    var deleted = w.row("write/crosswalk-delete", Map.of("skill", skill, "match", match))
                            .get("deleted")
                            .asLong();
                    if (deleted == 0) {
                        throw new NotFoundException("crosswalk of skill '" + skill + "'", match);
                    }
                    w.row("write/skills-framework-touch", Map.of("ids", List.of(skill, match)));
                    return new EntityWrites.Change<Crosswalk>(null, false);
                })
                .etag();
    }
}
