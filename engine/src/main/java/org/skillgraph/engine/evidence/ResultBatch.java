package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.neo4j.Rows;

/**
 * Records many module results in one transaction in a fixed number of round trips, with the outcome of recording
 * them one after the other in the order given ({@link ModuleResultService.Batch#record} per result): the state
 * the rule depends on (each touched person and skill's evidence history and {@code HOLDS}, the badges certifying
 * a touched skill not yet earned) is read once before anything is written, the sequence is replayed in memory, and
 * attempts, completions, evidence, levels and badges are written set-wise with {@code UNWIND}.
 *
 * <p>Order matters in two places, and the replay keeps it: the first pass of a person and module creates the
 * {@code COMPLETED} (later ones do not), and a badge is awarded as soon as, after some result, its certified levels
 * are met, dated by that moment's levels, even if a later result of the batch lowers a level again.
 */
final class ResultBatch {

    private final TransactionContext tx;
    private final EvidenceTx work;
    private final LevelRules rules;
    private final LocalDate today;

    ResultBatch(TransactionContext tx, EvidenceTx work, LevelRules rules, LocalDate today) {
        this.tx = tx;
        this.work = work;
        this.rules = rules;
        this.today = today;
    }

    /** A stored or replayed {@code HOLDS}: {@code at} may be missing on hand-written data. */
    private record Hold(int level, String source, LocalDate at, Double confidence) {}

    /**
     * One touched person and skill: the evidence history (oldest first, retracted evidence left out), the retracted
     * evidence, and the current hold, as replayed.
     */
    private static final class Pair {
        final List<EvidenceRecord> history;
        final List<EvidenceRecord> retracted = new ArrayList<>();
        final Hold before;
        Hold hold;

        Pair(List<EvidenceRecord> history, Hold hold) {
            this.history = history;
            this.before = hold;
            this.hold = hold;
        }
    }

    /** A badge certifying a touched skill that its person has not earned, with its certified levels. */
    private record Candidate(String badge, List<Certified> certifies) {}

    private record Certified(String skill, int level, Hold held) {}

    BatchRecorded record(List<ResultInput> results, OffsetDateTime now) {
        var attempts = new ArrayList<Map<String, Object>>();
        var firstPasses = new LinkedHashMap<List<String>, Map<String, Object>>();
        var passed = new ArrayList<Boolean>();
        var steps = new ArrayList<List<EvidenceInput>>();
        for (var r : results) {
            if (r.skillEvidence() != null) {
                // Evidence for a skill outside any module: no attempt, no completion, one step of the replay.
                passed.add(true);
                steps.add(List.of(new EvidenceInput(r.personId(), r.skillEvidence())));
                continue;
            }
            var rule = r.rule();
            if (rule.passScore() != null && r.score() == null) {
                throw InvalidRequestException.of(
                        "/score", "is required: module '" + rule.moduleId() + "' passes at " + rule.passScore());
            }
            boolean pass = rule.passes(r.score());
            passed.add(pass);
            var attempt = new HashMap<String, Object>();
            attempt.put("person", r.personId());
            attempt.put("module", rule.moduleId());
            attempt.put("at", r.at());
            attempt.put("score", r.score());
            attempt.put("passed", pass);
            attempts.add(attempt);
            if (pass) {
                var completion = new HashMap<String, Object>();
                completion.put("person", r.personId());
                completion.put("module", rule.moduleId());
                completion.put("at", r.at());
                completion.put("score", r.score());
                firstPasses.putIfAbsent(List.of(r.personId(), rule.moduleId()), completion);
                var inputs = rule.grants().stream()
                        .map(g -> new EvidenceInput(
                                r.personId(),
                                new EvidenceRecord(
                                        g.skillId(),
                                        EvidenceSource.COMPLETION,
                                        g.level(),
                                        r.at(),
                                        r.score(),
                                        null,
                                        null)))
                        .toList();
                if (!inputs.isEmpty()) {
                    steps.add(inputs);
                }
            }
        }
        var inputs = steps.stream().flatMap(List::stream).toList();
        var touched = new LinkedHashSet<EvidenceTx.Touched>();
        inputs.forEach(i ->
                touched.add(new EvidenceTx.Touched(i.personId(), i.evidence().skillId())));

        // Everything the rule reads, before anything is written.
        var pairs = touched.isEmpty() ? Map.<EvidenceTx.Touched, Pair>of() : readPairs(touched);
        var candidates = touched.isEmpty() ? Map.<String, List<Candidate>>of() : readCandidates(touched);

        int recorded = attempts.isEmpty()
                ? 0
                : tx.run(CypherResources.statement("write/attempts-record"), Map.of("rows", attempts))
                        .single()
                        .get("recorded")
                        .asInt();
        int completions = firstPasses.isEmpty()
                ? 0
                : tx.run(
                                CypherResources.statement("write/completions-record"),
                                Map.of("rows", List.copyOf(firstPasses.values())))
                        .single()
                        .get("created")
                        .asInt();
        if (!inputs.isEmpty()) {
            work.create(inputs, now);
        }

        // Replays the results in order: levels after each, then the badges they meet.
        var earned = new ArrayList<EarnedBadge>();
        var awarded = new HashSet<List<String>>();
        for (var step : steps) {
            var person = step.get(0).personId();
            var stepPairs = new LinkedHashSet<EvidenceTx.Touched>();
            for (var input : step) {
                var key = new EvidenceTx.Touched(
                        input.personId(), input.evidence().skillId());
                var pair = pairs.get(key);
                if (pair != null) {
                    append(pair.history, input.evidence());
                    stepPairs.add(key);
                }
            }
            stepPairs.forEach(key -> recompute(key.skill(), pairs.get(key)));
            var skills = new HashSet<String>();
            stepPairs.forEach(key -> skills.add(key.skill()));
            for (var candidate : candidates.getOrDefault(person, List.of())) {
                if (awarded.contains(List.of(person, candidate.badge()))
                        || candidate.certifies().stream().noneMatch(c -> skills.contains(c.skill()))) {
                    continue;
                }
                metOn(person, candidate, pairs).ifPresent(at -> {
                    awarded.add(List.of(person, candidate.badge()));
                    earned.add(new EarnedBadge(person, candidate.badge(), at));
                });
            }
        }

        var levels = writeLevels(pairs);
        if (!earned.isEmpty()) {
            var rows = earned.stream()
                    .map(b -> Map.<String, Object>of("person", b.personId(), "badge", b.badgeId(), "at", b.at()))
                    .toList();
            tx.run(CypherResources.statement("write/badge-earn"), Map.of("rows", rows))
                    .consume();
        }
        earned.sort(Comparator.comparing(EarnedBadge::personId).thenComparing(EarnedBadge::badgeId));
        return new BatchRecorded(recorded, passed, completions, inputs.size(), levels, earned);
    }

    /** Adds new evidence where the history read orders it: by day, recorded after all evidence of that day. */
    private static void append(List<EvidenceRecord> history, EvidenceRecord evidence) {
        int at = history.size();
        while (at > 0 && history.get(at - 1).at().isAfter(evidence.at())) {
            at--;
        }
        history.add(at, evidence);
    }

    /** As {@link EvidenceTx#recompute} does for one pair, on the replayed history and hold. */
    private void recompute(String skill, Pair pair) {
        var history = new ArrayList<>(pair.history);
        var before = pair.hold == null ? null : holdRecord(skill, pair.hold);
        // A holding set without evidence (the editor, an older import) counts as evidence of its own; one that
        // retracted evidence decided does not.
        if (before != null
                && history.stream().noneMatch(e -> same(e, before))
                && pair.retracted.stream().noneMatch(e -> same(e, before))) {
            history.add(before);
        }
        var after = rules.current(history, today).orElse(null);
        pair.hold = after == null
                ? null
                : new Hold(
                        after.evidencedLevel(),
                        after.source().wireName(),
                        after.at(),
                        history.stream()
                                .filter(e -> e.source() == after.source()
                                        && e.at().equals(after.at())
                                        && e.level() == after.evidencedLevel())
                                .map(EvidenceRecord::confidence)
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(null));
    }

    /** Writes the replayed holds of every touched pair in two statements and says what changed. */
    private List<LevelOutcome> writeLevels(Map<EvidenceTx.Touched, Pair> pairs) {
        var set = new ArrayList<Map<String, Object>>();
        var remove = new ArrayList<Map<String, Object>>();
        var outcomes = new ArrayList<LevelOutcome>();
        pairs.forEach((key, pair) -> {
            var skill = key.skill();
            var before = pair.before == null ? null : rules.decide(holdRecord(skill, pair.before), today);
            var after = pair.hold == null ? null : rules.decide(holdRecord(skill, pair.hold), today);
            int previous = before == null ? 0 : before.level();
            int now = after == null ? 0 : after.level();
            outcomes.add(new LevelOutcome(
                    key.person(), skill, after, previous, previous != now || (before == null) != (after == null)));
            if (pair.hold == null) {
                remove.add(key.row());
            } else {
                var row = new HashMap<String, Object>();
                row.put("person", key.person());
                row.put("skill", skill);
                row.put("level", pair.hold.level());
                row.put("source", pair.hold.source());
                row.put("at", pair.hold.at());
                row.put("confidence", pair.hold.confidence());
                set.add(row);
            }
        });
        if (!set.isEmpty()) {
            tx.run(CypherResources.statement("write/holds-set"), Map.of("rows", set))
                    .consume();
        }
        if (!remove.isEmpty()) {
            tx.run(CypherResources.statement("write/holds-remove"), Map.of("pairs", remove))
                    .consume();
        }
        outcomes.sort(Comparator.comparing(LevelOutcome::personId).thenComparing(LevelOutcome::skillId));
        return outcomes;
    }

    /** The day the last certified level was evidenced, when the person now meets every certified level. */
    private Optional<LocalDate> metOn(String person, Candidate candidate, Map<EvidenceTx.Touched, Pair> pairs) {
        LocalDate metOn = null;
        for (var c : candidate.certifies()) {
            var pair = pairs.get(new EvidenceTx.Touched(person, c.skill()));
            var held = pair == null ? c.held() : pair.hold;
            if (held == null || held.at() == null) {
                return Optional.empty();
            }
            var current = rules.decideHold(c.skill(), held.source(), held.level(), held.at(), today);
            if (current.level() < c.level()) {
                return Optional.empty();
            }
            metOn = metOn == null || held.at().isAfter(metOn) ? held.at() : metOn;
        }
        return Optional.ofNullable(metOn);
    }

    /**
     * Every touched pair of a person that exists, with its history and hold: one row per person, whose evidence
     * is walked once for all of its touched skills.
     */
    private Map<EvidenceTx.Touched, Pair> readPairs(Set<EvidenceTx.Touched> touched) {
        var skillsByPerson = new LinkedHashMap<String, List<String>>();
        touched.forEach(t -> skillsByPerson
                .computeIfAbsent(t.person(), p -> new ArrayList<>())
                .add(t.skill()));
        var rows = new ArrayList<Map<String, Object>>();
        skillsByPerson.forEach((person, skills) -> rows.add(Map.of("person", person, "skills", skills)));
        var found = new HashMap<EvidenceTx.Touched, Pair>();
        for (var r : tx.run(CypherResources.statement("read/evidence-histories"), Map.of("people", rows))
                .list()) {
            var person = r.get("person").asString();
            var holds = new HashMap<String, Hold>();
            for (var h : r.get("holds").asList(v -> v)) {
                holds.put(
                        h.get("skill").asString(),
                        new Hold(
                                Rows.integer(h.get("level"), 0),
                                Rows.string(h.get("source")),
                                Rows.date(h.get("at")),
                                Rows.decimal(h.get("confidence"))));
            }
            for (var skill : skillsByPerson.get(person)) {
                found.put(new EvidenceTx.Touched(person, skill), new Pair(new ArrayList<>(), holds.get(skill)));
            }
            for (var e : r.get("history").asList(v -> v)) {
                var skill = e.get("skill").asString();
                found.get(new EvidenceTx.Touched(person, skill)).history.add(EvidenceTx.record(skill, e));
            }
            for (var e : r.get("retracted").asList(v -> v)) {
                var skill = e.get("skill").asString();
                found.get(new EvidenceTx.Touched(person, skill)).retracted.add(EvidenceTx.record(skill, e));
            }
        }
        // In the order the pairs were touched, as the holds are written.
        var pairs = new LinkedHashMap<EvidenceTx.Touched, Pair>();
        touched.forEach(t -> {
            var pair = found.get(t);
            if (pair != null) {
                pairs.put(t, pair);
            }
        });
        return pairs;
    }

    private Map<String, List<Candidate>> readCandidates(Set<EvidenceTx.Touched> touched) {
        var candidates = new HashMap<String, List<Candidate>>();
        var rows = touched.stream().map(EvidenceTx.Touched::row).toList();
        for (var r : tx.run(CypherResources.statement("read/badge-candidates"), Map.of("pairs", rows))
                .list()) {
            var certifies = r.get("certifies").asList(c -> {
                var held = Rows.integer(c.get("held"));
                return new Certified(
                        c.get("skill").asString(),
                        c.get("level").asInt(),
                        held == null
                                ? null
                                : new Hold(held, Rows.string(c.get("source")), Rows.date(c.get("at")), null));
            });
            candidates
                    .computeIfAbsent(r.get("person").asString(), p -> new ArrayList<>())
                    .add(new Candidate(r.get("badge").asString(), certifies));
        }
        return candidates;
    }

    /** A stored hold as evidence; a hold without a day is taken as evidenced today, as {@link EvidenceTx} does. */
    private EvidenceRecord holdRecord(String skill, Hold h) {
        return new EvidenceRecord(
                skill,
                EvidenceSource.fromWire(h.source()).orElse(EvidenceSource.IMPORT),
                h.level(),
                h.at() == null ? today : h.at(),
                null,
                h.confidence(),
                null);
    }

    private static boolean same(EvidenceRecord a, EvidenceRecord b) {
        return a.source() == b.source() && a.level() == b.level() && a.at().equals(b.at());
    }
}
