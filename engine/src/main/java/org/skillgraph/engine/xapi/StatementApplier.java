package org.skillgraph.engine.xapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.evidence.EvidenceRecord;
import org.skillgraph.engine.evidence.EvidenceSource;
import org.skillgraph.engine.evidence.ModuleProgression;
import org.skillgraph.engine.evidence.ModuleResultService;
import org.skillgraph.engine.evidence.ResultInput;

/**
 * Maps statements to people and modules inside one transaction and applies the module-result rules: {@code passed}
 * and {@code mastered} record the score (the module's pass score when none is sent), {@code completed} and
 * {@code scored} record the score sent (a completion passes a module without a pass score), {@code failed} records a
 * sent score below the pass score as an attempt and never passes a module. On a skill's activity, {@code mastered} records
 * {@code assessment} evidence at level {@value #MASTERED_LEVEL} through the same batch; other verbs are noted. What cannot be mapped yet stays
 * {@code unmapped} with the reason; a statement with a verb none of these is {@code unsupported}, for good.
 */
final class StatementApplier {

    /** Why a statement whose actor is no one's external id (or whose person was deleted meanwhile) waits. */
    static final String NO_PERSON = "no person has the external id of this actor";

    private final ModuleResultService results;

    StatementApplier(ModuleResultService results) {
        this.results = results;
    }

    /**
     * The level {@code mastered} on a skill activity shows: practitioner, "works independently on typical tasks
     * and gets reliable results", which is what mastering an activity about the skill shows.
     */
    static final int MASTERED_LEVEL = 3;

    /**
     * The people, modules and skills statements name, as read before any lock is taken: an activity id is a
     * module's when a module holds it, else a skill's when it is that skill's source URI.
     */
    record Mapping(
            List<Pending> statements,
            Map<String, String> people,
            Map<String, String> modules,
            Map<String, String> skills) {}

    /** Maps, locks and applies {@code statements} in {@code tx}, then records each one's outcome. */
    List<Outcome> apply(TransactionContext tx, List<Pending> statements) {
        return apply(tx, map(tx, statements));
    }

    /** Reads which person each actor key and which module each activity id names (no locks taken). */
    Mapping map(TransactionContext tx, List<Pending> statements) {
        if (statements.isEmpty()) {
            return new Mapping(List.of(), Map.of(), Map.of(), Map.of());
        }
        var people = lookup(tx, "xapi/actors", "keys", statements.stream().map(Pending::actorKey), "key", "personId");
        var modules = lookup(
                tx,
                "xapi/activities",
                "activities",
                statements.stream().map(Pending::activityId),
                "activity",
                "moduleId");
        var skills = lookup(
                tx,
                "xapi/skill-activities",
                "activities",
                statements.stream().map(Pending::activityId).filter(a -> !modules.containsKey(a)),
                "activity",
                "skillId");
        return new Mapping(List.copyOf(statements), people, modules, skills);
    }

    /**
     * Locks every person the statements map to once, in id order, before recording anything (two batches naming
     * the same people in other orders then cannot deadlock), reads the rules of every module they name at once, and
     * records all their results set-wise ({@link ModuleResultService.Batch#recordAll}: the outcome of applying them
     * one after the other in the order given, in a fixed number of round trips). A person deleted after
     * {@link #map} is not found by the lock: that statement waits, {@code unmapped}, like one whose actor is no
     * one's; a module deleted meanwhile likewise. A statement whose verb no mapping can apply is final at once:
     * {@code unsupported}, never replayed.
     */
    List<Outcome> apply(TransactionContext tx, Mapping mapping) {
        if (mapping.statements().isEmpty()) {
            return List.of();
        }
        var wanted = new TreeSet<String>();
        var named = new TreeSet<String>();
        for (var s : mapping.statements()) {
            var person = mapping.people().get(s.actorKey());
            var module = mapping.modules().get(s.activityId());
            var skill = module == null ? mapping.skills().get(s.activityId()) : null;
            if (XapiVerb.of(s.verb()).isPresent() && (module != null || skill != null)) {
                if (module != null) {
                    named.add(module);
                }
                if (person != null) {
                    wanted.add(person);
                }
            }
        }
        var batch = results.batch(tx, wanted);
        var rules = ModuleResultService.progressions(tx, named);
        var outcomes = new ArrayList<Outcome>();
        var inputs = new ArrayList<ResultInput>();
        var recordedAt = new ArrayList<Integer>();
        for (var s : mapping.statements()) {
            var verb = XapiVerb.of(s.verb());
            var person = mapping.people().get(s.actorKey());
            var module = mapping.modules().get(s.activityId());
            var rule = verb.isEmpty() || module == null ? null : rules.get(module);
            var skill = module == null ? mapping.skills().get(s.activityId()) : null;
            if (verb.isEmpty()) {
                outcomes.add(Outcome.unsupported(s.id(), s.verb()));
            } else if (person == null || !batch.people().contains(person)) {
                outcomes.add(Outcome.unmapped(s.id(), NO_PERSON));
            } else if (skill != null && verb.get() != XapiVerb.MASTERED) {
                outcomes.add(new Outcome(
                        s.id(),
                        Outcome.NOTED,
                        "activity of skill '" + skill + "': only mastered records evidence for a skill",
                        person,
                        null));
            } else if (skill != null) {
                recordedAt.add(outcomes.size());
                outcomes.add(null);
                inputs.add(ResultInput.skill(
                        person,
                        new EvidenceRecord(
                                skill, EvidenceSource.ASSESSMENT, MASTERED_LEVEL, s.at(), s.score(), null, null)));
            } else if (rule == null) {
                outcomes.add(Outcome.unmapped(s.id(), "no module or skill has activity id " + s.activityId()));
            } else {
                var noted = noted(s, verb.get(), person, rule);
                if (noted.isPresent()) {
                    outcomes.add(noted.get());
                } else {
                    recordedAt.add(outcomes.size());
                    outcomes.add(null);
                    inputs.add(new ResultInput(person, rule, score(s, verb.get(), rule), s.at()));
                }
            }
        }
        var passed = batch.recordAll(inputs).passed();
        for (int i = 0; i < inputs.size(); i++) {
            var input = inputs.get(i);
            int at = recordedAt.get(i);
            var id = mapping.statements().get(at).id();
            outcomes.set(
                    at,
                    input.rule() == null
                            ? new Outcome(
                                    id,
                                    Outcome.APPLIED,
                                    "evidence at level " + MASTERED_LEVEL + " for skill '"
                                            + input.skillEvidence().skillId() + "'",
                                    input.personId(),
                                    null)
                            : new Outcome(
                                    id,
                                    Outcome.APPLIED,
                                    passed.get(i) ? "passed" : "attempt recorded",
                                    input.personId(),
                                    input.rule().moduleId()));
        }
        tx.run(
                        CypherResources.statement("xapi/statements-outcome"),
                        Map.of("rows", outcomes.stream().map(Outcome::row).toList()))
                .consume();
        return outcomes;
    }

    /** The score a statement records under the verb's rule: the module's pass score for a pass without one. */
    private static Double score(Pending s, XapiVerb verb, ModuleProgression rule) {
        var passScore = rule.passScore() == null ? null : rule.passScore().doubleValue();
        return switch (verb) {
            case PASSED, MASTERED -> s.score() != null ? s.score() : passScore;
            case COMPLETED, SCORED -> s.score();
            case FAILED -> passScore == null ? null : s.score();
        };
    }

    /** Why a mapped statement records nothing, when it does not. */
    private static Optional<Outcome> noted(Pending s, XapiVerb verb, String person, ModuleProgression rule) {
        var score = score(s, verb, rule);
        if (verb == XapiVerb.FAILED && score == null) {
            return Optional.of(new Outcome(
                    s.id(), Outcome.NOTED, "a failure records an attempt only with a score", person, rule.moduleId()));
        }
        if (verb == XapiVerb.FAILED && score >= rule.passScore()) {
            return Optional.of(new Outcome(
                    s.id(),
                    Outcome.NOTED,
                    "a failure with a score that passes the module (" + rule.passScore() + ") records nothing",
                    person,
                    rule.moduleId()));
        }
        if (rule.passScore() != null && score == null) {
            return Optional.of(new Outcome(
                    s.id(),
                    Outcome.NOTED,
                    "module passes at " + rule.passScore() + "; the statement has no score",
                    person,
                    rule.moduleId()));
        }
        return Optional.empty();
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
