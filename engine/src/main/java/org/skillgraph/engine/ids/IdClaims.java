package org.skillgraph.engine.ids;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;

/**
 * Ids are unique across the whole graph, not per label, and Neo4j 5 community has no constraint across
 * labels. Every transaction that creates a model node takes the {@code Meta} node's write lock first (the
 * editors through the version bump, bundle imports likewise), so a check made after that lock holds until
 * commit: of two concurrent creates of one id as different kinds, the second waits for the first and then
 * sees its node.
 */
public final class IdClaims {

    private IdClaims() {}

    /**
     * Refuses to give {@code id} to a new {@code label} node when a node of another label holds it: 409
     * {@code id-taken} naming that kind. Call inside a transaction that holds the Meta lock.
     */
    public static void claim(TransactionContext tx, String label, String id) {
        List<String> holders = tx.run(CypherResources.statement("read/id-holders"), Map.of("ids", List.of(id)))
                .list(r -> r.get("label").asString());
        for (String holder : holders) {
            if (!holder.equals(label)) {
                String kind = IdKinds.of(holder);
                throw new ConflictException(
                        "id-taken",
                        "The id '" + id + "' is already taken by a " + kind + "; ids are unique across all kinds",
                        Map.of("id", id, "kind", kind));
            }
        }
    }
}
