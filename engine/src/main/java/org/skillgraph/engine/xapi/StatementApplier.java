package org.skillgraph.engine.xapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.evidence.ModuleProgression;
import org.skillgraph.engine.evidence.ModuleResultService;

/**
 * Maps statements to people and modules inside one transaction and applies the module-result rules: {@code passed}
 * and {@code mastered} record the score (the module's pass score when none is sent), {@code completed} and
 * {@code scored} record the score sent (a completion passes a module without a pass score), {@code failed} records a
 * sent score below the pass score as an attempt and never passes a module. What cannot be mapped stays {@code unmapped} with the reason.
 */
final class StatementApplier {

    private final ModuleResultService results;

    StatementApplier(ModuleResultService results) {
        this.results = results;
    }

    List<Outcome> apply(TransactionContext tx, List<Pending> statements) {
        if (statements.isEmpty()) {
            return List.of();
        }
        var people = lookup(tx, "xapi/actors", "keys", statements.stream().map(Pending::actorKey), "key", "personId");
        var modules = lookup(
                tx,
                "xapi/activities",
                "activities",
                statements.stream().map(Pending::activityId),
                "activity",
                "moduleId");
        var rules = new HashMap<String, ModuleProgression>();
        var outcomes = new ArrayList<Outcome>();
        for (var s : statements) {
            var verb = XapiVerb.of(s.verb());
            var person = people.get(s.actorKey());
            var module = modules.get(s.activityId());
            if (verb.isEmpty()) {
                outcomes.add(Outcome.unmapped(s.id(), "verb not mapped: " + s.verb()));
            } else if (person == null) {
                outcomes.add(Outcome.unmapped(s.id(), "no person has the external id of this actor"));
            } else if (module == null) {
                outcomes.add(Outcome.unmapped(s.id(), "no module has activity id " + s.activityId()));
            } else {
                var rule = rules.computeIfAbsent(module, m -> ModuleResultService.progression(tx, m));
                outcomes.add(apply(tx, s, verb.get(), person, rule));
            }
        }
        tx.run(
                        CypherResources.statement("xapi/statements-outcome"),
                        Map.of("rows", outcomes.stream().map(Outcome::row).toList()))
                .consume();
        return outcomes;
    }

    private Outcome apply(TransactionContext tx, Pending s, XapiVerb verb, String person, ModuleProgression rule) {
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
        var result = results.record(tx, person, rule, score, s.at());
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
