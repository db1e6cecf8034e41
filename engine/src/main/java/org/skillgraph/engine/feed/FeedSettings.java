package org.skillgraph.engine.feed;

import java.time.Duration;
import java.util.Objects;

/**
 * How an API node follows the change feed.
 *
 * @param poll the pause between two polls (100–250 ms keeps the cross-node staleness bound short)
 * @param retention how long a change stays in the graph before any node prunes it; a node that could not poll for
 *     longer drops everything it cached
 * @param maxAge how old the last successful poll may be for the node's caches to answer; older, and every request
 *     reads the graph again until a poll succeeds (the worst-case staleness across nodes)
 * @param learnersKept how many learner states the node keeps (0: none, every request reads its person)
 */
public record FeedSettings(Duration poll, Duration retention, Duration maxAge, long learnersKept) {

    public FeedSettings {
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(maxAge, "maxAge");
        if (learnersKept < 0) {
            throw new IllegalArgumentException("learnersKept must be 0 or more: " + learnersKept);
        }
        if (maxAge.compareTo(poll) <= 0) {
            throw new IllegalArgumentException("the feed's maxAge must be longer than its poll interval: " + maxAge);
        }
        if (poll.isNegative() || poll.isZero() || poll.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("the feed's poll interval must be between 1 ms and 10 s: " + poll);
        }
        if (retention.compareTo(poll.multipliedBy(100)) < 0) {
            throw new IllegalArgumentException("the feed's retention must be at least 100 polls: " + retention);
        }
    }

    /**
     * A poll every 200 ms; caches answer while the last poll is under 5 s old; changes kept 15 minutes; up to 200,000
     * learner states kept (a few kB each).
     */
    public static FeedSettings defaults() {
        return new FeedSettings(Duration.ofMillis(200), Duration.ofMinutes(15), Duration.ofSeconds(5), 200_000);
    }

    /** The same keeping at most {@code learners} learner states (0: none). */
    public FeedSettings withLearnersKept(long learners) {
        return new FeedSettings(poll, retention, maxAge, learners);
    }

    /** The same with another poll interval. */
    public FeedSettings withPoll(Duration every) {
        return new FeedSettings(every, retention, maxAge, learnersKept);
    }

    /** The same with another maximum age of the last poll. */
    public FeedSettings withMaxAge(Duration age) {
        return new FeedSettings(poll, retention, age, learnersKept);
    }
}
