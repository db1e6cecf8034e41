package org.skillgraph.seed.bundle;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the checker needs to know about the graph a bundle is imported into: references may name
 * entities that already exist, and a new prerequisite must not close a cycle with existing ones.
 */
public interface GraphLookup {

    /** The subset of {@code ids} that exist as nodes with {@code label}. */
    Set<String> existing(String label, Set<String> ids);

    /** Every existing {@code REQUIRES} edge as {@code [dependentId, prerequisiteId]}. */
    List<List<String>> prerequisiteEdges();

    /** The framework of each of {@code skills} that exists and belongs to one. */
    default Map<String, String> frameworksOf(Set<String> skills) {
        return Map.of();
    }

    /** The stored scale of each of {@code frameworks} that has one. */
    default Map<String, Bundle.Scale> scales(Set<String> frameworks) {
        return Map.of();
    }

    /** A lookup for an empty graph. */
    static GraphLookup empty() {
        return new GraphLookup() {
            @Override
            public Set<String> existing(String label, Set<String> ids) {
                return Set.of();
            }

            @Override
            public List<List<String>> prerequisiteEdges() {
                return List.of();
            }
        };
    }
}
