package org.skillgraph.engine.taxonomy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.access.AuditQuery;
import org.skillgraph.engine.access.AuditTrail;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;

/**
 * The history of one skill, role or module, newest first: the audited writes that named it (edits through
 * the API) and the applied change-set entries about it. Reads at most {@link #DEPTH} of each.
 */
public final class EntityHistory {

    static final int DEPTH = 200;

    private final GraphClient graph;
    private final AuditTrail audit;

    public EntityHistory(GraphClient graph, AuditTrail audit) {
        this.graph = graph;
        this.audit = audit;
    }

    /** The kinds of entity with a history: their label and the word a not-found answer uses. */
    public enum Kind {
        SKILL("Skill", "skill"),
        ROLE("Role", "role"),
        MODULE("Module", "module");

        private final String label;
        private final String word;

        Kind(String label, String word) {
            this.label = label;
            this.word = word;
        }
    }

    /**
     * The history of the {@code kind} {@code id}: also of one deleted since, as long as something about it was
     * recorded.
     *
     * @throws NotFoundException when no such entity exists and nothing about that id was ever recorded
     */
    public Page<EntityChange> of(Kind kind, String id, String cursor, int limit) {
        var page = of(id, cursor, limit);
        if (page.items().isEmpty()
                && Cursor.offsetOf(cursor) == 0
                && !graph.readSingle(
                        CypherResources.statement("taxonomy/entity-exists"),
                        Map.of("label", kind.label, "id", id),
                        r -> r.get("exists").asBoolean())) {
            throw new NotFoundException(kind.word, id);
        }
        return page;
    }

    private Page<EntityChange> of(String id, String cursor, int limit) {
        int offset = Cursor.offsetOf(cursor);
        var all = new ArrayList<EntityChange>();
        audit.list(new AuditQuery(null, id, null, null), null, DEPTH).items().stream()
                .filter(e -> "write".equals(e.action()) && e.status() < 400)
                .map(e -> new EntityChange(e.at(), "edit", e.route(), e.actor(), null, List.of(), List.of()))
                .forEach(all::add);
        all.addAll(graph.readRows(
                CypherResources.statement("taxonomy/entity-changes"), Map.of("entity", id, "limit", DEPTH), r -> {
                    var e = ChangeSetStore.entry(r.get("entry"));
                    return new EntityChange(
                            r.get("at").asZonedDateTime().toInstant(),
                            "changeset",
                            e.kind(),
                            Rows.string(r.get("actor")),
                            r.get("changeSet").asString(),
                            e.before(),
                            e.after());
                }));
        all.sort(Comparator.comparing(EntityChange::at).reversed());
        var page = all.stream().skip(offset).limit(limit).toList();
        var next = offset + limit < all.size() ? Cursor.atOffset(offset + limit) : null;
        return new Page<>(page, next);
    }
}
