package org.skillgraph.engine.xapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.ModuleProgression;
import org.skillgraph.engine.evidence.ModuleResultService;

/**
 * The one-statement-at-a-time applier that {@link StatementApplier} replaced, kept as the oracle of
 * {@code SetWiseApplierIT}: each statement records its module result through {@link ModuleResultService.Batch#record}
 * (several round trips per statement), in the order given.
 *
 * <p>Maps statements to people and modules inside one transaction and applies the module-result rules: {@code passed}
 * and {@code mastered} record the score (the module's pass score when none is sent), {@code completed} and
 * {@code scored} record the score sent (a completion passes a module without a pass score), {@code failed} records a
 * sent score below the pass score as an attempt and never passes a module. What cannot be mapped yet stays
 * {@code unmapped} with the reason; a statement with a verb none of these is {@code unsupported}, for good.
 */
final class SequentialStatementApplier {

    /** Why a statement whose actor is no one's external id (or whose person was deleted meanwhile) waits. */
    static final String NO_PERSON = StatementApplier.NO_PERSON;

    private final ModuleResultService results;

    SequentialStatementApplier(ModuleResultService results) {
        this.results = results;
    }

    /** The people and modules statements name, as read before any lock is taken. */
    record Mapping(List<Pending> statements, Map<String, String> people, Map<String, String> modules) {}

    /** Maps, locks and applies {@code statements} in {@code tx}, then records each one's outcome. */
    List<Outcome> apply(TransactionContext tx, List<Pending> statements) {
        return apply(tx, map(tx, statements));
    }

    /** Reads which person each actor key and which module each activity id names (no locks taken). */
    Mapping map(TransactionContext tx, List<Pending> statements) {
        if (statements.isEmpty()) {
            return new Mapping(List.of(), Map.of(), Map.of());
        }
        var people = lookup(tx, "xapi/actors", "keys", statements.stream().map(Pending::actorKey), "key", "personId");
        var modules = lookup(
                tx,
                "xapi/activities",
                "activities",
                statements.stream().map(Pending::activityId),
                "activity",
                "moduleId");
        return new Mapping(List.copyOf(statements), people, modules);
    }

    /**
     * Locks every person the statements map to once, in id order, before recording anything (two batches naming
     * the same people in other orders then cannot deadlock), and applies the statements in order. A person deleted
     * after {@link #map} is not found by the lock: that statement waits, {@code unmapped}, like one whose actor is
     * no one's. A statement whose verb no mapping can apply is final at once: {@code unsupported}, never replayed.
     */
    List<Outcome> apply(TransactionContext tx, Mapping mapping) {
        if (mapping.statements().isEmpty()) {
            return List.of();
        }
        var wanted = new TreeSet<String>();
        for (var s : mapping.statements()) {
            var person = mapping.people().get(s.actorKey());
            if (person != null
                    && XapiVerb.of(s.verb()).isPresent()
                    && mapping.modules().containsKey(s.activityId())) {
                wanted.add(person);
            }
        }
        var batch = results.batch(tx, wanted);
        var rules = new HashMap<String, Optional<ModuleProgression>>();
        var outcomes = new ArrayList<Outcome>();
        for (var s : mapping.statements()) {
            var verb = XapiVerb.of(s.verb());
            var person = mapping.people().get(s.actorKey());
            var module = mapping.modules().get(s.activityId());
            var rule = verb.isEmpty() || module == null
                    ? Optional.<ModuleProgression>empty()
                    : rules.computeIfAbsent(module, m -> progression(tx, m));
            if (verb.isEmpty()) {
                outcomes.add(Outcome.unsupported(s.id(), s.verb()));
            } else if (person == null || !batch.people().contains(person)) {
                outcomes.add(Outcome.unmapped(s.id(), NO_PERSON));
            } else if (rule.isEmpty()) {
                outcomes.add(Outcome.unmapped(s.id(), "no module or skill has activity id " + s.activityId()));
            } else {
                outcomes.add(apply(batch, s, verb.get(), person, rule.get()));
            }
        }
        tx.run(
                        CypherResources.statement("xapi/statements-outcome"),
                        Map.of("rows", outcomes.stream().map(Outcome::row).toList()))
                .consume();
        return outcomes;
    }

    /** The module's rule, or none when the module was deleted after {@link #map}. */
    private static Optional<ModuleProgression> progression(TransactionContext tx, String moduleId) {
        try {
            return Optional.of(ModuleResultService.progression(tx, moduleId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Outcome apply(
            ModuleResultService.Batch batch, Pending s, XapiVerb verb, String person, ModuleProgression rule) {
        var passScore = rule.passScore() == null ? null : rule.passScore().doubleValue();
        Double score = switch (verb) {
            case PASSED, MASTERED -> s.score() != null ? s.score() : passScore;
            case COMPLETED, SCORED -> s.score();
            case FAILED -> passScore == null ? null : s.score();
        };
        if (verb == XapiVerb.FAILED && score == null) {
            return new Outcome(
                    s.id(), Outcome.NOTED, "a failure records an attempt only with a score", person, rule.moduleId());
        }
        if (verb == XapiVerb.FAILED && score >= passScore) {
            return new Outcome(
                    s.id(),
                    Outcome.NOTED,
                    "a failure with a score that passes the module (" + rule.passScore() + ") records nothing",
                    person,
                    rule.moduleId());
        }
        if (passScore != null && score == null) {
            return new Outcome(
                    s.id(),
                    Outcome.NOTED,
                    "module passes at " + rule.passScore() + "; the statement has no score",
                    person,
                    rule.moduleId());
        }
        var result = batch.record(person, rule, score, s.at());
        return new Outcome(
                s.id(), Outcome.APPLIED, result.passed() ? "passed" : "attempt recorded", person, rule.moduleId());
    }

    private static Map<String, String> lookup(
            TransactionContext tx,
            String statement,
            String parameter,
            java.util.stream.Stream<String> keys,
            String keyColumn,
            String valueColumn) {
        var distinct = keys.distinct().toList();
        var found = new HashMap<String, String>();
        tx.run(CypherResources.statement(statement), Map.of(parameter, distinct))
                .forEachRemaining(r -> found.put(
                        r.get(keyColumn).asString(), r.get(valueColumn).asString()));
        return found;
    }
}
