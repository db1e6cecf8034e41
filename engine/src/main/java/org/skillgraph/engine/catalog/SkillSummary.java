package org.skillgraph.engine.catalog;

import java.util.List;

/** A skill as listed or found by search, with the framework it belongs to; {@code score} is the search relevance, {@code null} in listings. */
public record SkillSummary(
        String id,
        String name,
        String kind,
        List<String> aliases,
        List<String> topics,
        String framework,
        Double score) {

    public SkillSummary {
        aliases = List.copyOf(aliases);
        topics = List.copyOf(topics);
    }
}
