package org.skillgraph.engine.coach;

import java.util.function.Supplier;
import org.skillgraph.engine.error.GraphUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest {@link OrgChart} of this API node. A request learns the graph's {@code Meta.orgVersion} in the
 * round trip that reads its people and asks for that version; the chart is reloaded, once, when the version
 * moved (a person write, an erasure or an import on any node). Thread-safe.
 */
final class OrgCharts {

    private static final Logger LOG = LoggerFactory.getLogger(OrgCharts.class);

    /** Reads behind the version asked for before giving up (on a cluster, a member that lags). */
    static final int STALE_READ_ATTEMPTS = 4;

    private final Supplier<OrgChart> loader;
    private volatile OrgChart latest;

    OrgCharts(Supplier<OrgChart> loader) {
        this.loader = loader;
    }

    /** The chart at {@code version} or newer. */
    OrgChart at(long version) {
        var current = latest;
        if (current != null && current.version() >= version) {
            return current;
        }
        synchronized (this) {
            current = latest;
            if (current != null && current.version() >= version) {
                return current;
            }
            long began = System.nanoTime();
            var chart = loader.get();
            for (int attempt = 1; chart.version() < version; attempt++) {
                if (attempt == STALE_READ_ATTEMPTS) {
                    throw new GraphUnavailableException(
                            "The reporting lines read are at version " + chart.version() + ", behind version " + version
                                    + " that this request saw; try again",
                            null);
                }
                pause(attempt * 50L);
                chart = loader.get();
            }
            latest = chart;
            LOG.info(
                    "Org chart v{} loaded in {} ms: {} reporting lines",
                    chart.version(),
                    (System.nanoTime() - began) / 1_000_000,
                    chart.managers().size());
            return chart;
        }
    }

    /** Forgets the chart (after an import that may have replaced the graph); the next request reloads. */
    void invalidate() {
        latest = null;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GraphUnavailableException("Interrupted while waiting for the reporting lines to catch up", e);
        }
    }
}
