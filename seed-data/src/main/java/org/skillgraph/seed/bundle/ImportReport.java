package org.skillgraph.seed.bundle;

import java.time.Duration;
import java.util.Map;

/**
 * What an import wrote.
 *
 * @param entities entities in the bundle, per section (topics, skills, ...)
 * @param nodesCreated nodes that did not exist before
 * @param relationshipsCreated relationships that did not exist before
 * @param relationshipsDeleted single-valued relationships replaced (a person's former role, say)
 * @param propertiesSet properties written (re-importing the same bundle sets them to the same values)
 * @param version the graph's {@code Meta.version} after the import
 * @param took wall-clock time of validation and writing
 */
public record ImportReport(
        Map<String, Integer> entities,
        int nodesCreated,
        int relationshipsCreated,
        int relationshipsDeleted,
        int propertiesSet,
        long version,
        Duration took) {

    public ImportReport {
        entities = Map.copyOf(entities);
    }
}
