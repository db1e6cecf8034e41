package org.skillgraph.api.http;

import java.util.List;
import org.skillgraph.engine.editing.LevelRef;

/** {@code {skill, level}}: a prerequisite, a taught or an assumed level (levels 1–5). */
record LevelRefBody(String skill, Integer level) {

    static void check(BodyCheck c, String pointer, List<LevelRefBody> refs) {
        c.each(pointer, refs, (at, ref) -> {
            if (c.present(at + "/skill", ref.skill())) {
                c.id(at + "/skill", ref.skill());
            }
            if (c.present(at + "/level", ref.level())) {
                c.range(at + "/level", ref.level(), 1, 5);
            }
        });
        c.unique(pointer, refs, LevelRefBody::skill);
    }

    static List<LevelRef> drafts(List<LevelRefBody> refs) {
        return refs.stream().map(r -> new LevelRef(r.skill(), r.level())).toList();
    }
}
