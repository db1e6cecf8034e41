package org.skillgraph.engine.coach;

import java.util.function.Supplier;
import org.skillgraph.engine.neo4j.CatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The latest {@link OrgChart} of this API node. A request learns the graph's {@code Meta.orgVersion} in the
 * round trip that reads its people and asks for that version; the chart is reloaded, once, when the version
 * moved (a person write, an erasure or an import on any node). Thread-safe.
 */
final class OrgCharts {

    private static final Logger LOG = LoggerFactory.getLogger(OrgCharts.class);

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
            var chart = CatchUp.read(version, loader, OrgChart::version, "reporting lines");
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
}
