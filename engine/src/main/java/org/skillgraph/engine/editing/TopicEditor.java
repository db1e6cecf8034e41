package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import org.skillgraph.engine.catalog.TopicDetail;
import org.skillgraph.engine.catalog.TopicRepository;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;

/** Creates, replaces and deletes topics of the taxonomy, refusing cycles among broader topics. */
public final class TopicEditor {

    private final EntityWrites writes;
    private final TopicRepository topics;

    public TopicEditor(GraphClient graph, TopicRepository topics) {
        this.writes = new EntityWrites(graph, "Topic", "topic");
        this.topics = topics;
    }

    /** Creates the topic; 409 {@code already-exists} if its id is taken. */
    public Tagged<TopicDetail> create(TopicDraft draft) {
        writes.create(draft.id(), w -> write(w, draft));
        return read(draft.id());
    }

    /** Replaces the topic's name and broader topics; 404 if unknown, 412 if {@code ifMatch} fails. */
    public Tagged<TopicDetail> replace(TopicDraft draft, IfMatch ifMatch) {
        writes.update(draft.id(), ifMatch, w -> {
            write(w, draft);
            return new EntityWrites.Change<>(null, false);
        });
        return read(draft.id());
    }

    /** Deletes the topic; refused (409 {@code has-dependents}) while skills or narrower topics use it, unless forced. */
    public void delete(String id, boolean force, IfMatch ifMatch) {
        writes.delete(
                id,
                ifMatch,
                w -> Dependents.refuseUnlessForced(
                        "topic", id, Dependents.of(w.row("read/topic-dependents", id)), force));
    }

    private static void write(EditTx w, TopicDraft d) {
        w.setProperties("Topic", d.id(), properties("name", d.name()));
        new References().list("Topic", "/broader", d.broader()).requireIn(w);
        w.deleteOutgoing("Topic", d.id(), "BROADER");
        for (int i = 0; i < d.broader().size(); i++) {
            CycleGuard.refuse(w, Hierarchy.TOPIC_TAXONOMY, d.id(), d.broader().get(i), "/broader/" + i);
        }
        w.merge(
                "Topic",
                "BROADER",
                "Topic",
                d.id(),
                d.broader().stream().map(EditTx.Edge::to).toList());
    }

    private Tagged<TopicDetail> read(String id) {
        return topics.findTagged(id).orElseThrow(() -> new NotFoundException("topic", id));
    }
}
