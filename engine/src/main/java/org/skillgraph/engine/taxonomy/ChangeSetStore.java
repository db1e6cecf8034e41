package org.skillgraph.engine.taxonomy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.ids.TimeOrderedIds;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.paging.Cursor;
import org.skillgraph.engine.paging.Page;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * Makes, stores, reads and discards change sets: the diff of an uploaded framework version against the stored
 * one, with its impact measured at the time. Nothing here touches the curriculum ({@link ChangeSetApplier} does).
 */
public final class ChangeSetStore {

    static final Duration LONG_WRITE = Duration.ofMinutes(10);

    private final GraphClient graph;
    private final Clock clock;
    private final TimeOrderedIds ids;
    private final Supplier<CurriculumSnapshot> today;
    private final RoutePlanner planner;

    /**
     * @param today the snapshot of the current curriculum, on which (and on a copy changed as a change set says)
     *     the affected roles' from-scratch routes are planned
     */
    public ChangeSetStore(GraphClient graph, Clock clock, Supplier<CurriculumSnapshot> today, RoutePlanner planner) {
        this.graph = graph;
        this.clock = clock;
        this.ids = TimeOrderedIds.of("cs-", clock);
        this.today = today;
        this.planner = planner;
    }

    /** The stored version of {@code framework}: live skills, and the profiles of {@code roles}. */
    public Curriculum stored(String framework, List<String> roles) {
        var params = Map.<String, Object>of("framework", framework, "roles", roles);
        var skills = graph.readRows(
                CypherResources.statement("taxonomy/curriculum-skills"),
                params,
                r -> new Curriculum.Skill(
                        r.get("id").asString(),
                        r.get("name").asString(""),
                        Rows.string(r.get("description")),
                        Rows.string(r.get("uri")),
                        Rows.strings(r.get("broader")),
                        Rows.strings(r.get("requires"))));
        var profiles = graph.readRows(
                CypherResources.statement("taxonomy/curriculum-roles"),
                params,
                r -> new Curriculum.Role(
                        r.get("id").asString(), Rows.string(r.get("title")), Rows.strings(r.get("needs"))));
        return new Curriculum(skills, profiles);
    }

    /**
     * Diffs {@code next} against the stored version of {@code framework} and stores the open change set.
     *
     * @throws NotFoundException for an unknown framework
     */
    public ChangeSet create(String framework, Curriculum next, String source, String importer) {
        var base = base(framework);
        var roles = new java.util.TreeSet<String>();
        next.roles().forEach(r -> roles.add(r.id()));
        if (!roles.isEmpty()) {
            // A version that states role profiles states all of them: the framework's roles it leaves out are removed.
            roles.addAll(graph.readRows(
                    CypherResources.statement("taxonomy/framework-roles"),
                    Map.of("framework", framework),
                    r -> r.get("id").asString()));
        }
        var stored = stored(framework, List.copyOf(roles));
        var entries = ChangeSetDiff.diff(stored, next);
        var impact = ImpactReader.measure(graph, entries, affected -> routes(entries, affected));
        var id = ids.next();
        var header = new LinkedHashMap<String, Object>();
        header.put("id", id);
        header.put("framework", framework);
        header.put("base", base);
        header.put("source", source);
        header.put("importer", importer);
        header.put("createdAt", clock.instant().atOffset(ZoneOffset.UTC));
        counts(entries).forEach((kind, n) -> header.put("count_" + kind, n));
        header.putAll(ImpactReader.properties(impact));
        var rows = entries.stream().map(ChangeSetStore::row).toList();
        graph.write(
                tx -> tx.run(
                                CypherResources.statement("taxonomy/changeset-create"),
                                Map.of("changeSet", header, "entries", rows))
                        .consume(),
                LONG_WRITE);
        return find(id).orElseThrow();
    }

    private Impact.Routes routes(List<ChangeEntry> entries, List<String> affected) {
        if (affected.isEmpty()) {
            return Impact.Routes.none();
        }
        var now = today.get();
        var added = ChangeSetApplier.kindIds(entries, ChangeEntry.Kind.ROLE_ADDED);
        var roles = new java.util.ArrayList<String>(affected);
        roles.addAll(added);
        return RouteHours.compare(planner, now, CandidateSnapshot.of(now, entries), roles);
    }

    public Optional<ChangeSet> find(String id) {
        return graph.readOptional(
                CypherResources.statement("taxonomy/changeset-read"),
                Map.of("id", id),
                r -> header(r.get("changeSet")));
    }

    /** The change set {@code id} of {@code framework}: 404 when there is none, 409 when it is another's. */
    public ChangeSet of(String framework, String id) {
        var cs = find(id).orElseThrow(() -> new NotFoundException("changeSet", id));
        if (!cs.framework().equals(framework)) {
            throw new ConflictException(
                    "wrong-framework",
                    "Change set " + id + " belongs to framework " + cs.framework() + ", not " + framework
                            + ": use /api/v1/frameworks/" + cs.framework() + "/changesets/" + id,
                    Map.of("framework", cs.framework()));
        }
        return cs;
    }

    /** A page of entries in order, optionally of one kind or about one entity. */
    public Page<ChangeEntry> entries(String id, String kind, String entity, String cursor, int limit) {
        var after = Cursor.idOf(cursor);
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("after", after.isEmpty() ? -1 : seq(after));
        params.put("kind", kind);
        params.put("entity", entity);
        params.put("limit", limit + 1);
        var rows = graph.readRows(
                CypherResources.statement("taxonomy/changeset-entries"), params, r -> entry(r.get("entry")));
        return Page.keyset(rows, limit, e -> Integer.toString(e.seq()));
    }

    /** Up to {@code limit} of the people {@code cs} affects, in id order (personal data: callers decide who sees it). */
    public List<String> peopleSample(ChangeSet cs, int limit) {
        return ImpactReader.people(graph, cs.id(), limit);
    }

    /** Discards an open change set; 409 {@code already-applied} for an applied one. */
    public void discard(String framework, String id) {
        var cs = of(framework, id);
        if (!cs.open()) {
            throw alreadyApplied(cs);
        }
        graph.write(
                tx -> tx.run(CypherResources.statement("taxonomy/changeset-delete"), Map.of("id", id))
                        .consume(),
                LONG_WRITE);
    }

    static ConflictException alreadyApplied(ChangeSet cs) {
        return new ConflictException(
                "already-applied",
                "Change set " + cs.id() + " was applied at " + cs.appliedAt()
                        + "; upload the framework again to make a new change set",
                Map.of("appliedAt", String.valueOf(cs.appliedAt())));
    }

    /** The framework's base stamp; 404 for an unknown framework. */
    String base(String framework) {
        return graph.readOptional(
                        CypherResources.statement("taxonomy/framework-base"),
                        Map.of("framework", framework),
                        r -> r.get("base").asString())
                .orElseThrow(() -> new NotFoundException("framework", framework));
    }

    private static int seq(String after) {
        try {
            return Integer.parseInt(after);
        } catch (NumberFormatException e) {
            throw org.skillgraph.engine.error.InvalidRequestException.of(
                    "query:cursor", "not a cursor this listing gave out");
        }
    }

    static Map<String, Long> counts(List<ChangeEntry> entries) {
        var counts = new TreeMap<String, Long>();
        entries.forEach(e -> counts.merge(e.kind(), 1L, Long::sum));
        return counts;
    }

    private static Map<String, Object> row(ChangeEntry e) {
        var row = new HashMap<String, Object>();
        row.put("seq", e.seq());
        row.put("kind", e.kind());
        row.put("id", e.id());
        row.put("label", e.label());
        row.put("before", e.before());
        row.put("after", e.after());
        row.put("suggestion", e.suggestion());
        row.put("similarity", e.similarity());
        return row;
    }

    static ChangeEntry entry(Value n) {
        return new ChangeEntry(
                n.get("seq").asInt(),
                n.get("kind").asString(),
                n.get("entity").asString(),
                Rows.string(n.get("label")),
                Rows.strings(n.get("before")),
                Rows.strings(n.get("after")),
                Rows.string(n.get("suggestion")),
                Rows.decimal(n.get("similarity")));
    }

    static ChangeSet header(Value c) {
        var counts = new TreeMap<String, Long>();
        for (var key : c.keys()) {
            if (key.startsWith("count_")) {
                counts.put(key.substring("count_".length()), c.get(key).asLong());
            }
        }
        return new ChangeSet(
                c.get("id").asString(),
                c.get("framework").asString(),
                c.get("status").asString(),
                c.get("base").asString(""),
                Rows.string(c.get("source")),
                Rows.string(c.get("importer")),
                c.get("createdAt").asZonedDateTime().toInstant(),
                c.get("appliedAt").isNull()
                        ? null
                        : c.get("appliedAt").asZonedDateTime().toInstant(),
                counts,
                ImpactReader.of(c));
    }
}
