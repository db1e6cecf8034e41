package org.skillgraph.engine.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * How an API node follows the change feed.
 *
 * @param poll the pause between two polls (100–250 ms keeps the cross-node staleness bound short)
 * @param retention how long a change stays in the graph before any node prunes it; a node that could not poll for
 *     longer drops everything it cached
 */
public record FeedSettings(Duration poll, Duration retention) {

    public FeedSettings {
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(retention, "retention");
        if (poll.isNegative() || poll.isZero() || poll.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("the feed's poll interval must be between 1 ms and 10 s: " + poll);
        }
        if (retention.compareTo(poll.multipliedBy(100)) < 0) {
            throw new IllegalArgumentException("the feed's retention must be at least 100 polls: " + retention);
        }
    }

    /** A poll every 200 ms; changes kept 15 minutes. */
    public static FeedSettings defaults() {
        return new FeedSettings(Duration.ofMillis(200), Duration.ofMinutes(15));
    }
}
