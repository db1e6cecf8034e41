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

    /** Of {@code ids}, those some model node holds, with the labels of the nodes holding each. */
    default Map<String, Set<String>> holders(Set<String> ids) {
        return Map.of();
    }

    /** Of the actor keys {@code ids}, those some person holds as an external id, with that person's id. */
    default Map<String, String> externalIdHolders(Set<String> ids) {
        return Map.of();
    }

    /** Of the activity ids {@code ids}, those some module holds, with that module's id. */
    default Map<String, String> activityIdHolders(Set<String> ids) {
        return Map.of();
    }

    /** Of the activity ids {@code ids}, those some skill holds, with that skill's id. */
    default Map<String, String> skillActivityIdHolders(Set<String> ids) {
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
