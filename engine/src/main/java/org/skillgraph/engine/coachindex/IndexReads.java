package org.skillgraph.engine.coachindex;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/** The index's reads: everyone with the feed position (a build), or the people a batch names. */
final class IndexReads<P> {

    /** People re-read after a batch, by id, and the org version read with them. */
    record People<P>(long orgVersion, Map<String, IndexedPerson<P>> people) {}

    private final GraphClient graph;
    private final Map<String, Object> parameters;
    private final Function<Value, P> extras;

    IndexReads(GraphClient graph, int minLevel, List<String> tooWeak, Function<Value, P> extras) {
        this.graph = graph;
        this.parameters = Map.of("minLevel", minLevel, "tooWeak", List.copyOf(tooWeak));
        this.extras = extras;
    }

    /**
     * Everyone, in one read transaction that reads the feed position first: a change committed while the people are
     * read has a later seq, so the feed names it again and the index re-reads its person.
     */
    IndexState<P> everyone() {
        return graph.read(tx -> {
            var meta =
                    tx.run(CypherResources.statement("read/coach-index-meta")).single();
            var state = new IndexState<P>(
                    meta.get("seq").asLong(),
                    meta.get("version").asLong(),
                    meta.get("orgVersion").asLong(),
                    classes(meta.get("matches")
                            .asList(v -> List.of(v.get(0).asString(), v.get(1).asString()))));
            var people = tx.run(CypherResources.statement("read/coach-index-everyone"), parameters)
                    .list(this::person);
            state.load(people);
            return state;
        });
    }

    People<P> people(List<String> ids) {
        var params = new HashMap<String, Object>(parameters);
        params.put("ids", ids);
        return graph.read(tx -> {
            long orgVersion = tx.run(CypherResources.statement("read/coach-index-org"))
                    .single()
                    .get("orgVersion")
                    .asLong();
            var found = new HashMap<String, IndexedPerson<P>>();
            tx.run(CypherResources.statement("read/coach-index-people"), params)
                    .list(this::person)
                    .forEach(p -> found.put(p.id(), p));
            return new People<>(orgVersion, found);
        });
    }

    private IndexedPerson<P> person(Record r) {
        var coachedBy = new HashMap<String, List<String>>();
        r.get("coachedBy")
                .asList(v -> v)
                .forEach(c -> coachedBy.put(c.get("coach").asString(), Rows.strings(c.get("skills"))));
        var holds = r.get("holds")
                .asList(h -> new Holding(
                        h.get("skill").asString(),
                        Rows.integer(h.get("level"), 0),
                        Rows.string(h.get("source")),
                        Rows.date(h.get("at"))));
        List<Instant> pending =
                r.get("pendingUntil").asList(v -> v.asZonedDateTime().toInstant());
        var requested = r.get("requested")
                .asList(v -> new IndexedPerson.Requested(
                        v.get("coach").asString(),
                        Rows.strings(v.get("skills")),
                        v.get("until").asZonedDateTime().toInstant()));
        return new IndexedPerson<>(
                r.get("id").asString(),
                Rows.string(r.get("name")),
                Rows.string(r.get("department")),
                Rows.string(r.get("location")),
                Rows.string(r.get("timezone")),
                r.get("optIn").asBoolean(),
                Rows.integer(r.get("capacity"), 0),
                Rows.integer(r.get("activePairs"), 0),
                pending,
                coachedBy,
                requested,
                holds,
                extras.apply(org.neo4j.driver.Values.value(r.asMap())));
    }

    /** The exact-match classes of the edges given: each skill of a class to the others (union-find). */
    static Map<String, List<String>> classes(List<List<String>> edges) {
        var parent = new HashMap<String, String>();
        for (var e : edges) {
            union(parent, e.get(0), e.get(1));
        }
        var members = new HashMap<String, Set<String>>();
        for (var skill : parent.keySet()) {
            members.computeIfAbsent(find(parent, skill), k -> new HashSet<>()).add(skill);
        }
        var classes = new HashMap<String, List<String>>();
        for (var cls : members.values()) {
            for (var skill : cls) {
                var others = new ArrayList<String>(cls);
                others.remove(skill);
                others.sort(null);
                classes.put(skill, List.copyOf(others));
            }
        }
        return classes;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        var ra = find(parent, a);
        var rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String find(Map<String, String> parent, String x) {
        var root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!parent.get(x).equals(root)) {
            var next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }
}
