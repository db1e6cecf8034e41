package org.skillgraph.engine.taxonomy;

import java.time.Instant;

/**
 * One recorded version of a framework.
 *
 * @param seq 1 for the first recorded version, then one up
 * @param source what was imported (a file name, {@code bundle}, {@code esco 1.1.1})
 * @param importer the token id or {@code cli}
 * @param changeSet the change set applied, or {@code null} for a direct import
 * @param summary a line saying what changed
 */
public record FrameworkVersion(
        String id,
        String framework,
        long seq,
        String source,
        String importer,
        Instant at,
        String changeSet,
        String summary,
        long added,
        long removed,
        long changed) {}
