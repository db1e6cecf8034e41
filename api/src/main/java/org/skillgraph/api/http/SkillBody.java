package org.skillgraph.api.http;

import static org.skillgraph.api.http.BodyCheck.orEmpty;

import java.util.List;
import org.skillgraph.engine.editing.SkillDraft;

/** Body of {@code POST /skills} and {@code PUT /skills/{id}}: a skill in the bundle's vocabulary. */
record SkillBody(
        String id,
        String name,
        String description,
        List<String> aliases,
        String kind,
        List<String> topics,
        List<String> broader,
        List<LevelRefBody> requires,
        List<String> related) {

    /** Validates every field and returns the draft; {@code pathId} is {@code null} for a POST. */
    SkillDraft toDraft(String pathId) {
        var c = new BodyCheck();
        var skillId = Ids.of(c, id, pathId);
        c.name("/name", name);
        c.text("/description", description, BodyCheck.MAX_TEXT);
        c.each("/aliases", orEmpty(aliases), (at, alias) -> c.name(at, alias));
        c.unique("/aliases", orEmpty(aliases), a -> a);
        c.oneOf("/kind", kind, Vocabulary.SKILL_KINDS);
        c.ids("/topics", orEmpty(topics));
        c.ids("/broader", orEmpty(broader));
        LevelRefBody.check(c, "/requires", orEmpty(requires));
        c.ids("/related", orEmpty(related));
        c.throwIfInvalid("skill");
        return new SkillDraft(
                skillId,
                name,
                description,
                orEmpty(aliases),
                kind,
                orEmpty(topics),
                orEmpty(broader),
                LevelRefBody.drafts(orEmpty(requires)),
                orEmpty(related));
    }
}
