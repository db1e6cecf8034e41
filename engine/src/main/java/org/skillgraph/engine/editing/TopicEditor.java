package org.skillgraph.engine.editing;

import static org.skillgraph.engine.editing.EditTx.properties;

import org.skillgraph.engine.catalog.TopicDetail;
import org.skillgraph.engine.catalog.TopicRepository;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Creates, replaces and deletes topics of the taxonomy, refusing cycles among broader topics. A delete is
 * refused (409 {@code has-dependents}) while skills or narrower topics use the topic, unless forced.
 */
public final class TopicEditor extends EntityEditor<TopicDraft, TopicDetail> {

    public TopicEditor(GraphClient graph, TopicRepository topics) {
        super(new EntityWrites(graph, "Topic", "topic"), topics::findTagged, "read/topic-dependents");
    }

    @Override
    void write(EditTx w, TopicDraft d) {
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
}
