package org.skillgraph.engine.catalog;

import java.util.List;

/** A skill as listed or found by search; {@code score} is the search relevance, {@code null} in listings. */
public record SkillSummary(
        String id, String name, String kind, List<String> aliases, List<String> topics, Double score) {

    public SkillSummary {
        aliases = List.copyOf(aliases);
        topics = List.copyOf(topics);
    }
}
