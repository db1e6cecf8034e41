package org.skillgraph.engine.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.ids.TimeOrderedIds;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;

/**
 * Module results and the transparent progression rule behind them: a score at or above the pass score (or
 * any result, for a module without one) completes the module and records one {@code completion} evidence per
 * level it teaches; a lower score records the attempt only.
 */
public final class ModuleResultService {

    private final GraphClient graph;
    private final LevelRules rules;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public ModuleResultService(GraphClient graph, LevelRules rules, Clock clock) {
        this.graph = graph;
        this.rules = rules;
        this.clock = clock;
        this.ids = TimeOrderedIds.of("ev-", clock);
    }

    /** @throws NotFoundException when the module is unknown */
    public ModuleProgression progression(String moduleId) {
        return graph.read(tx -> progression(tx, moduleId));
    }

    /**
     * Records a result (score 0–100, or {@code null} for a module passed on completion) on {@code at}.
     *
     * @throws NotFoundException when the person or the module is unknown
     * @throws InvalidRequestException when {@code at} is in the future or a score is needed and missing
     */
    public ModuleResult record(String personId, String moduleId, Double score, LocalDate at) {
        var today = LocalDate.now(clock);
        if (at.isAfter(today)) {
            throw InvalidRequestException.of("/at", "must not be in the future (today is " + today + ")");
        }
        return graph.write(tx -> record(tx, personId, moduleId, score, at));
    }

    /**
     * Records a result inside {@code tx}, for callers that write more in the same transaction (xAPI statements).
     * {@code at} is not checked against today.
     */
    public ModuleResult record(TransactionContext tx, String personId, String moduleId, Double score, LocalDate at) {
        var today = LocalDate.now(clock);
        var work = new EvidenceTx(tx, rules, today, ids);
        if (work.lockPeople(List.of(personId)).isEmpty()) {
            throw new NotFoundException("person", personId);
        }
        return record(tx, work, personId, progression(tx, moduleId), score, at);
    }

    /**
     * Locks {@code personIds} inside {@code tx} once, in id order (as every evidence write does, so two batches
     * naming the same people in other orders cannot deadlock), for a caller recording many results in one
     * transaction (xAPI statements). The people that exist stay locked until {@code tx} ends, so none of them can
     * be deleted meanwhile; {@link Batch#people()} names them.
     */
    public Batch batch(TransactionContext tx, Collection<String> personIds) {
        var today = LocalDate.now(clock);
        var work = new EvidenceTx(tx, rules, today, ids);
        return new Batch(tx, work, today, work.lockPeople(personIds));
    }

    /** Results recorded in one transaction for people locked up front by {@link #batch}. */
    public final class Batch {

        private final TransactionContext tx;
        private final EvidenceTx work;
        private final LocalDate today;
        private final Set<String> people;

        private Batch(TransactionContext tx, EvidenceTx work, LocalDate today, Set<String> people) {
            this.tx = tx;
            this.work = work;
            this.today = today;
            this.people = people;
        }

        /** The locked people that exist. */
        public Set<String> people() {
            return people;
        }

        /**
         * Records a result under {@code rule}, read before in the same transaction (callers recording many
         * results of one module read it once). {@code at} is not checked against today.
         *
         * @throws IllegalArgumentException when the person is not among {@link #people()}
         */
        public ModuleResult record(String personId, ModuleProgression rule, Double score, LocalDate at) {
            if (!people.contains(personId)) {
                throw new IllegalArgumentException("person " + personId + " is not locked by this batch");
            }
            return ModuleResultService.this.record(tx, work, personId, rule, score, at);
        }

        /**
         * Records {@code results} set-wise, in a fixed number of round trips however many there are, with the
         * outcome of calling {@link #record} for each in the order given: attempts, first completions, completion
         * evidence, levels and badges (see {@link ResultBatch}). {@code at} is not checked against today.
         *
         * @throws IllegalArgumentException when a person is not among {@link #people()}
         * @throws InvalidRequestException when a result needs a score and has none (nothing is written)
         */
        public BatchRecorded recordAll(List<ResultInput> results) {
            for (var r : results) {
                if (!people.contains(r.personId())) {
                    throw new IllegalArgumentException("person " + r.personId() + " is not locked by this batch");
                }
            }
            return new ResultBatch(tx, work, rules, today).record(results, OffsetDateTime.now(clock));
        }
    }

    private ModuleResult record(
            TransactionContext tx,
            EvidenceTx work,
            String personId,
            ModuleProgression rule,
            Double score,
            LocalDate at) {
        var moduleId = rule.moduleId();
        if (rule.passScore() != null && score == null) {
            throw InvalidRequestException.of(
                    "/score", "is required: module '" + moduleId + "' passes at " + rule.passScore());
        }
        boolean passed = rule.passes(score);
        var params = new java.util.HashMap<String, Object>();
        params.put("person", personId);
        params.put("module", moduleId);
        params.put("at", at);
        params.put("score", score);
        params.put("passed", passed);
        boolean completedNow = tx.run(CypherResources.statement("write/attempt-record"), params)
                .single()
                .get("completedCreated")
                .asBoolean();
        var inputs = passed
                ? rule.grants().stream()
                        .map(g -> new EvidenceInput(
                                personId,
                                new EvidenceRecord(
                                        g.skillId(), EvidenceSource.COMPLETION, g.level(), at, score, null, null)))
                        .toList()
                : List.<EvidenceInput>of();
        var evidence = EvidenceService.write(work, inputs, OffsetDateTime.now(clock));
        return new ModuleResult(personId, moduleId, at, score, rule.passScore(), passed, completedNow, evidence);
    }

    /** The progression rule of {@code moduleId} read inside {@code tx}. */
    public static ModuleProgression progression(TransactionContext tx, String moduleId) {
        var rows = tx.run(CypherResources.statement("read/module-progression"), Map.of("id", moduleId))
                .list();
        if (rows.isEmpty()) {
            throw new NotFoundException("module", moduleId);
        }
        return progression(rows.get(0));
    }

    /** The progression rules of the modules among {@code moduleIds} that exist, read inside {@code tx} at once. */
    public static Map<String, ModuleProgression> progressions(TransactionContext tx, Collection<String> moduleIds) {
        var rules = new java.util.HashMap<String, ModuleProgression>();
        if (moduleIds.isEmpty()) {
            return rules;
        }
        tx.run(
                        CypherResources.statement("read/module-progressions"),
                        Map.of("ids", List.copyOf(new java.util.TreeSet<>(moduleIds))))
                .forEachRemaining(r -> {
                    var rule = progression(r);
                    rules.put(rule.moduleId(), rule);
                });
        return rules;
    }

    private static ModuleProgression progression(org.neo4j.driver.Record r) {
        var passScore = Rows.integer(r.get("passScore"));
        var grants = r.get("grants")
                .asList(g -> new GrantedLevel(
                        g.get("skill").asString(), Rows.string(g.get("name")), Rows.integer(g.get("level"), 0)));
        var levels = String.join(
                ", ", grants.stream().map(g -> g.skillId() + " " + g.level()).toList());
        var rule = (passScore == null
                        ? "Completing the module passes it"
                        : "A score of at least " + passScore
                                + " out of 100 passes; a lower score records the attempt only")
                + (grants.isEmpty() ? "." : ". A pass records completion evidence for " + levels + ".");
        return new ModuleProgression(
                r.get("id").asString(),
                Rows.string(r.get("title")),
                Rows.string(r.get("status")),
                Rows.string(r.get("assessment")),
                passScore,
                passScore == null ? "completion" : "score",
                grants,
                EvidenceSource.COMPLETION.wireName(),
                rule);
    }
}
