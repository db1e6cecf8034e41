package org.skillgraph.api.http;

import static org.skillgraph.api.http.BodyCheck.orEmpty;

import java.util.List;
import org.skillgraph.engine.editing.TopicDraft;

/** Body of {@code POST /topics} and {@code PUT /topics/{id}}. */
record TopicBody(String id, String name, List<String> broader) {

    TopicDraft toDraft(String pathId) {
        var c = new BodyCheck();
        var topicId = Ids.of(c, id, pathId);
        c.name("/name", name);
        c.ids("/broader", orEmpty(broader));
        c.throwIfInvalid("topic");
        return new TopicDraft(topicId, name, orEmpty(broader));
    }
}
