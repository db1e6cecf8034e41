package org.skillgraph.engine.catalog;

import java.util.List;

/**
 * A topic in the taxonomy tree. The taxonomy is a polyhierarchy: a topic with two broader topics
 * appears under both, with the same id.
 *
 * @param skills number of skills tagged directly with this topic
 */
public record TopicNode(String id, String name, int skills, List<String> broader, List<TopicNode> narrower) {

    public TopicNode {
        broader = List.copyOf(broader);
        narrower = List.copyOf(narrower);
    }
}
