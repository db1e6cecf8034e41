package org.skillgraph.api.http;

import static org.skillgraph.api.http.BodyCheck.orEmpty;

import java.util.List;
import java.util.Objects;
import org.skillgraph.engine.editing.RoleDraft;

/** Body of {@code POST /roles} and {@code PUT /roles/{id}}: a role with its profile and career moves. */
record RoleBody(
        String id,
        String title,
        String family,
        Integer level,
        String description,
        List<Need> needs,
        List<Move> leadsTo) {

    record Need(String skill, Integer level, Integer importance, Boolean essential) {}

    record Move(String role, String kind) {}

    RoleDraft toDraft(String pathId) {
        var c = new BodyCheck();
        var roleId = Ids.of(c, id, pathId);
        c.name("/title", title);
        c.text("/family", family, BodyCheck.MAX_NAME);
        c.range("/level", level, 1, 8);
        c.text("/description", description, BodyCheck.MAX_TEXT);
        c.each("/needs", orEmpty(needs), (at, need) -> {
            if (c.present(at + "/skill", need.skill())) {
                c.id(at + "/skill", need.skill());
            }
            if (c.present(at + "/level", need.level())) {
                c.range(at + "/level", need.level(), 1, 5);
            }
            if (c.present(at + "/importance", need.importance())) {
                c.range(at + "/importance", need.importance(), 1, 5);
            }
            c.present(at + "/essential", need.essential());
        });
        c.unique("/needs", orEmpty(needs), Need::skill);
        c.each("/leadsTo", orEmpty(leadsTo), (at, move) -> {
            if (c.present(at + "/role", move.role())) {
                c.id(at + "/role", move.role());
                if (Objects.equals(move.role(), roleId)) {
                    c.fail(at + "/role", "a role cannot lead to itself");
                }
            }
            if (c.present(at + "/kind", move.kind())) {
                c.oneOf(at + "/kind", move.kind(), Vocabulary.MOVE_KINDS);
            }
        });
        c.unique("/leadsTo", orEmpty(leadsTo), Move::role);
        c.throwIfInvalid("role");
        return new RoleDraft(
                roleId,
                title,
                family,
                level,
                description,
                orEmpty(needs).stream()
                        .map(n -> new RoleDraft.Need(n.skill(), n.level(), n.importance(), n.essential()))
                        .toList(),
                orEmpty(leadsTo).stream()
                        .map(m -> new RoleDraft.Move(m.role(), m.kind()))
                        .toList());
    }
}
