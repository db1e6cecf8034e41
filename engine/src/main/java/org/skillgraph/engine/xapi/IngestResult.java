package org.skillgraph.engine.xapi;

import java.util.List;

/**
 * What one request of statements did.
 *
 * @param ids the statement ids, in the order received
 * @param stored how many were new (a repeat of a stored statement is not stored again)
 * @param applied how many of the new statements moved someone's progression or were noted
 * @param unmapped how many wait for a mapping
 * @param unsupported how many have a verb no mapping applies (stored, listed, never replayed)
 */
public record IngestResult(List<String> ids, int stored, int applied, int unmapped, int unsupported) {

    public IngestResult {
        ids = List.copyOf(ids);
    }
}
