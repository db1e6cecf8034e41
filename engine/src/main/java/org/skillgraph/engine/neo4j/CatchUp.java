package org.skillgraph.engine.neo4j;

import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.skillgraph.engine.error.GraphUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads something versioned until it is at least at the version a request saw. On a cluster a read may reach
 * a member that has not yet applied the write whose version the request learned; a cache that keyed such a
 * read by the newer version would serve old data as current. Waits 50, 100, 150 ms between reads.
 */
public final class CatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(CatchUp.class);

    /** Reads behind the version asked for before giving up with 503. */
    public static final int ATTEMPTS = 4;

    private CatchUp() {}

    /**
     * @param what what is read, for the log and the error ("curriculum", "reporting lines")
     * @throws GraphUnavailableException when the last read is still behind {@code version}
     */
    public static <T> T read(long version, Supplier<T> reader, ToLongFunction<T> versionOf, String what) {
        var value = reader.get();
        for (int attempt = 1; versionOf.applyAsLong(value) < version; attempt++) {
            long read = versionOf.applyAsLong(value);
            if (attempt == ATTEMPTS) {
                throw new GraphUnavailableException(
                        "The " + what + " read is at version " + read + ", behind version " + version
                                + " that this request saw; try again",
                        null);
            }
            LOG.warn("{} read at v{} behind v{}; reading again", what, read, version);
            pause(attempt * 50L);
            value = reader.get();
        }
        return value;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphUnavailableException("Interrupted while waiting for the graph to catch up", e);
        }
    }
}
