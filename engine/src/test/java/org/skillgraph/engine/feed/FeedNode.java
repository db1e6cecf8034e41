package org.skillgraph.engine.feed;

import java.time.Clock;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.learner.LearnerCache;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * One API node's share of the engine, as the composition root wires it: its own client (own bookmark chain), its
 * own feed (not polling: tests poll by hand, so the staleness window is theirs to open and close) and learner cache.
 */
final class FeedNode {

    final GraphClient graph;
    final ChangeFeed feed;
    final LearnerCache cache;
    final LearnerRepository learners;

    FeedNode(Clock clock) {
        var neo4j = Neo4jFixture.get();
        this.graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
        this.feed = new ChangeFeed(graph, FeedSettings.defaults().withMaxAge(java.time.Duration.ofHours(1)), clock);
        this.cache = new LearnerCache(feed, 1_000);
        this.learners = new LearnerRepository(graph, LevelRules.defaults(), clock, feed, cache);
        graph.onPeopleWritten(feed::afterLocalWrite);
        feed.catchUp();
    }

    /** The person's current level of {@code skill} as this node answers it (0 when not held). */
    int level(String person, String skill) {
        return learners.load(person).state().levels().getOrDefault(skill, 0);
    }
}
