package org.skillgraph.engine.catalog;

import java.util.List;

/**
 * One topic of the taxonomy with its immediate neighbours.
 *
 * @param skills how many skills are tagged with this topic itself (not with narrower topics)
 */
public record TopicDetail(String id, String name, List<Ref> broader, List<Ref> narrower, int skills) {

    public TopicDetail {
        broader = List.copyOf(broader);
        narrower = List.copyOf(narrower);
    }

    /** A topic named by id with its display name. */
    public record Ref(String id, String name) {}
}
