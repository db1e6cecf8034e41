package org.skillgraph.engine.xapi;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.evidence.ModuleResultService;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * The learning-record-store subset: stores statements once per id, applies those it can map to a person and a
 * module, and keeps the rest as {@code unmapped} until a mapping appears and they are replayed.
 */
public final class XapiService {

    /**
     * How long one request of statements may write: a batch of thousands stores and applies them all in one
     * transaction (seconds for 10,000 on a busy 2-core machine), which may outlast the default query timeout.
     */
    static final Duration BATCH_TIMEOUT = Duration.ofMinutes(5);

    /** The most statements one replay looks at. */
    static final int REPLAY_LIMIT = 100_000;

    private final GraphClient graph;
    private final StatementApplier applier;
    private final Clock clock;

    public XapiService(GraphClient graph, ModuleResultService results, Clock clock) {
        this.graph = graph;
        this.applier = new StatementApplier(results);
        this.clock = clock;
    }

    /**
     * Stores and applies {@code statements} in one transaction: all or nothing.
     *
     * @throws ConflictException when a stored statement has one of the ids with other content
     */
    public IngestResult ingest(List<XapiStatement> statements) {
        var stored = OffsetDateTime.now(clock);
        var unique = new LinkedHashMap<String, XapiStatement>();
        statements.forEach(s -> unique.putIfAbsent(s.id(), s));
        return graph.write(
                tx -> {
                    var known = new HashMap<String, String>();
                    tx.run(
                                    CypherResources.statement("xapi/statements-known"),
                                    Map.of("ids", List.copyOf(unique.keySet())))
                            .forEachRemaining(r -> known.put(
                                    r.get("id").asString(), r.get("raw").asString()));
                    var fresh = new ArrayList<XapiStatement>();
                    for (var s : unique.values()) {
                        var raw = known.get(s.id());
                        if (raw == null) {
                            fresh.add(s);
                        } else if (!raw.equals(s.raw())) {
                            throw new ConflictException(
                                    "xapi-statement-conflict",
                                    "A different statement with id " + s.id() + " is stored already",
                                    Map.of("statementId", s.id()));
                        }
                    }
                    tx.run(
                                    CypherResources.statement("xapi/statements-create"),
                                    Map.of(
                                            "rows",
                                            fresh.stream()
                                                    .map(s -> row(s, stored))
                                                    .toList()))
                            .consume();
                    var outcomes = applier.apply(
                            tx, fresh.stream().map(s -> pending(s, stored)).toList());
                    int waiting =
                            (int) outcomes.stream().filter(Outcome::waiting).count();
                    int unsupported = (int) outcomes.stream()
                            .filter(o -> Outcome.UNSUPPORTED.equals(o.status()))
                            .count();
                    return new IngestResult(
                            statements.stream().map(XapiStatement::id).toList(),
                            fresh.size(),
                            outcomes.size() - waiting - unsupported,
                            waiting,
                            unsupported);
                },
                BATCH_TIMEOUT);
    }

    /** Today, on the clock statements are dated by. */
    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** The stored statement's JSON. */
    public Optional<String> statement(String id) {
        return graph.readOptional(
                CypherResources.statement("xapi/statement-get"),
                Map.of("id", id),
                r -> r.get("raw").asString());
    }

    /**
     * Statements not applied, oldest first: those waiting for a mapping ({@code unmapped}) and those whose verb no
     * mapping applies ({@code unsupported}), each with its reason.
     */
    public List<Pending> unmapped(int limit) {
        return graph.readRows(
                CypherResources.statement("xapi/statements-pending"), Map.of("limit", limit), PendingRows::of);
    }

    /** Applies every waiting statement that can now be mapped, in the order they were stored. */
    public ReplayResult replay() {
        return replay(null, null);
    }

    /**
     * Applies the waiting statements sent under one of {@code actorKeys} (a person's external ids just set) that can
     * now be mapped, in the order they were stored; the others are not looked at.
     */
    public ReplayResult replayActors(List<String> actorKeys) {
        return replay(List.copyOf(actorKeys), null);
    }

    /** Applies the waiting statements about one of {@code activityIds} (a module's, just set) that can now be mapped. */
    public ReplayResult replayActivities(List<String> activityIds) {
        return replay(null, List.copyOf(activityIds));
    }

    private ReplayResult replay(List<String> actorKeys, List<String> activityIds) {
        if ((actorKeys != null && actorKeys.isEmpty()) || (activityIds != null && activityIds.isEmpty())) {
            return graph.read(tx -> new ReplayResult(0, 0, unmappedCount(tx)));
        }
        var params = new HashMap<String, Object>();
        params.put("actorKeys", actorKeys);
        params.put("activityIds", activityIds);
        params.put("limit", REPLAY_LIMIT);
        return graph.write(
                tx -> {
                    var waiting = tx.run(CypherResources.statement("xapi/statements-waiting"), params)
                            .list(PendingRows::of);
                    var outcomes = applier.apply(tx, waiting);
                    int still = (int) outcomes.stream().filter(Outcome::waiting).count();
                    return new ReplayResult(outcomes.size(), outcomes.size() - still, unmappedCount(tx));
                },
                BATCH_TIMEOUT);
    }

    private static int unmappedCount(TransactionContext tx) {
        return tx.run(CypherResources.statement("xapi/statements-unmapped-count"))
                .single()
                .get("count")
                .asInt();
    }

    private static Map<String, Object> row(XapiStatement s, OffsetDateTime stored) {
        var row = new HashMap<String, Object>();
        row.put("id", s.id());
        row.put("stored", stored);
        row.put("actorKey", s.actorKey());
        row.put("verb", s.verb());
        row.put("activityId", s.activityId());
        row.put("score", s.score());
        row.put("success", s.success());
        row.put("completion", s.completion());
        row.put("at", s.at());
        row.put("raw", s.raw());
        return row;
    }

    private static Pending pending(XapiStatement s, OffsetDateTime stored) {
        return new Pending(
                s.id(),
                stored,
                s.actorKey(),
                s.verb(),
                s.activityId(),
                s.score(),
                s.success(),
                s.completion(),
                s.at(),
                Outcome.UNMAPPED,
                "not yet applied");
    }
}
