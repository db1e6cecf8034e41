package org.skillgraph.engine.metrics;

/**
 * The people a metric covers as ids and fact versions, read in one small round trip with the graph version.
 * Arrays, not records per person: at 50,000 people this answer is read on every metric request.
 *
 * @param graphVersion {@code Meta.version}: selects the curriculum snapshot
 * @param ids in id order
 * @param versions each person's {@code factsVersion}, parallel to {@code ids}
 */
public record FactVersions(long graphVersion, String[] ids, long[] versions) {

    public int size() {
        return ids.length;
    }
}
