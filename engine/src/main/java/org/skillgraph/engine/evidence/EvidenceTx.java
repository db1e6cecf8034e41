package org.skillgraph.engine.evidence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.ids.TimeOrderedIds;
import org.skillgraph.engine.neo4j.PendingChanges;
import org.skillgraph.engine.neo4j.Rows;

/**
 * The steps of one evidence write transaction: lock the people, create the evidence, re-derive {@code HOLDS}
 * from each touched history and award the badges now met. People data only: {@code Meta.version} (the
 * curriculum's key) is left alone, and the person locks serialise writes for one person instead.
 */
final class EvidenceTx {

    private final TransactionContext tx;
    private final LevelRules rules;
    private final LocalDate today;
    private final TimeOrderedIds ids;

    EvidenceTx(TransactionContext tx, LevelRules rules, LocalDate today, TimeOrderedIds ids) {
        this.tx = tx;
        this.rules = rules;
        this.today = today;
        this.ids = ids;
    }

    /** Locks the people (in id order, against deadlocks) and returns those that exist. */
    Set<String> lockPeople(Collection<String> ids) {
        var sorted = List.copyOf(new TreeSet<>(ids));
        var found = Set.copyOf(tx.run(CypherResources.statement("write/person-lock"), Map.of("people", sorted))
                .list(r -> r.get("id").asString()));
        // Every evidence, module-result and xAPI write locks its people here: the one place that notes them.
        PendingChanges.people(found);
        return found;
    }

    Set<String> existingPeople(Collection<String> ids) {
        return Set.copyOf(tx.run(CypherResources.statement("read/existing-people"), Map.of("ids", List.copyOf(ids)))
                .list(r -> r.get("id").asString()));
    }

    Set<String> existingSkills(Collection<String> ids) {
        return Set.copyOf(tx.run(CypherResources.statement("read/existing-skills"), Map.of("ids", List.copyOf(ids)))
                .list(r -> r.get("id").asString()));
    }

    List<RecordedEvidence> create(List<EvidenceInput> inputs, OffsetDateTime now) {
        return create(inputs, now, null, null);
    }

    /** Creates the evidence; {@code assessor} and {@code claim} (both nullable) say who reviewed which claim. */
    List<RecordedEvidence> create(List<EvidenceInput> inputs, OffsetDateTime now, String assessor, String claim) {
        var written = new ArrayList<RecordedEvidence>();
        var rows = new ArrayList<Map<String, Object>>();
        for (var input : inputs) {
            var e = input.evidence();
            var recorded = new RecordedEvidence(
                    ids.next(),
                    input.personId(),
                    e.skillId(),
                    e.source().wireName(),
                    e.level(),
                    e.at(),
                    e.score(),
                    e.confidence(),
                    e.expiresAt(),
                    now);
            written.add(recorded);
            var row = new HashMap<String, Object>();
            row.put("id", recorded.id());
            row.put("person", recorded.personId());
            row.put("skill", recorded.skillId());
            row.put("source", recorded.source());
            row.put("level", recorded.level());
            row.put("at", recorded.at());
            row.put("score", recorded.score());
            row.put("confidence", recorded.confidence());
            row.put("expiresAt", recorded.expiresAt());
            row.put("recordedAt", now);
            row.put("assessor", assessor);
            row.put("claim", claim);
            rows.add(row);
        }
        tx.run(CypherResources.statement("write/evidence-create"), Map.of("rows", rows))
                .consume();
        return written;
    }

    /** A person and a skill whose evidence changed. */
    record Touched(String person, String skill) {

        Map<String, Object> row() {
            return Map.of("person", person, "skill", skill);
        }
    }

    /**
     * Re-derives {@code HOLDS} of every touched person and skill from their whole evidence history: one read,
     * one write and one removal for all of them, however many people a batch names.
     */
    List<LevelOutcome> recompute(Collection<Touched> touched) {
        var outcomes = new ArrayList<LevelOutcome>();
        var set = new ArrayList<Map<String, Object>>();
        var remove = new ArrayList<Map<String, Object>>();
        var pairs = touched.stream().map(Touched::row).toList();
        for (var r : tx.run(CypherResources.statement("read/evidence-history"), Map.of("pairs", pairs))
                .list()) {
            var person = r.get("person").asString();
            var skill = r.get("skill").asString();
            var history = new ArrayList<EvidenceRecord>(r.get("history").asList(v -> record(skill, v)));
            var holds = r.get("holds");
            var before = holds.isNull() ? null : holdsRecord(skill, holds);
            var retracted = r.get("retracted").asList(v -> record(skill, v));
            // A holding set without evidence (the editor, an older import) counts as evidence of its own; one that
            // retracted evidence decided does not.
            if (before != null
                    && history.stream().noneMatch(e -> same(e, before))
                    && retracted.stream().noneMatch(e -> same(e, before))) {
                history.add(before);
            }
            var after = rules.current(history, today).orElse(null);
            int previous = before == null ? 0 : rules.decide(before, today).level();
            int now = after == null ? 0 : after.level();
            boolean changed = previous != now || (before == null) != (after == null);
            outcomes.add(new LevelOutcome(person, skill, after, previous, changed));
            if (after == null) {
                remove.add(new Touched(person, skill).row());
            } else {
                set.add(holdsRow(person, skill, after, history));
            }
        }
        if (!set.isEmpty()) {
            tx.run(CypherResources.statement("write/holds-set"), Map.of("rows", set))
                    .consume();
        }
        if (!remove.isEmpty()) {
            tx.run(CypherResources.statement("write/holds-remove"), Map.of("pairs", remove))
                    .consume();
        }
        outcomes.sort(java.util.Comparator.comparing(LevelOutcome::personId).thenComparing(LevelOutcome::skillId));
        return outcomes;
    }

    /** Awards, once, every badge certifying a touched skill whose certified levels its person now meets. */
    List<EarnedBadge> awardBadges(Collection<Touched> touched) {
        var pairs = touched.stream().map(Touched::row).toList();
        var earned = new ArrayList<EarnedBadge>();
        for (var r : tx.run(CypherResources.statement("read/badge-candidates"), Map.of("pairs", pairs))
                .list()) {
            metOn(r.get("certifies"))
                    .ifPresent(at -> earned.add(new EarnedBadge(
                            r.get("person").asString(), r.get("badge").asString(), at)));
        }
        if (!earned.isEmpty()) {
            var rows = earned.stream()
                    .map(b -> Map.<String, Object>of("person", b.personId(), "badge", b.badgeId(), "at", b.at()))
                    .toList();
            tx.run(CypherResources.statement("write/badge-earn"), Map.of("rows", rows))
                    .consume();
        }
        earned.sort(java.util.Comparator.comparing(EarnedBadge::personId).thenComparing(EarnedBadge::badgeId));
        return earned;
    }

    /** The day the last certified level was evidenced, when every certified level is met now (decay applied). */
    private java.util.Optional<LocalDate> metOn(Value certifies) {
        LocalDate metOn = null;
        for (var c : certifies.asList(v -> v)) {
            var at = Rows.date(c.get("at"));
            var held = Rows.integer(c.get("held"));
            if (held == null || at == null) {
                return java.util.Optional.empty();
            }
            var current = rules.decideHold(c.get("skill").asString(), Rows.string(c.get("source")), held, at, today);
            if (current.level() < c.get("level").asInt()) {
                return java.util.Optional.empty();
            }
            metOn = metOn == null || at.isAfter(metOn) ? at : metOn;
        }
        return java.util.Optional.ofNullable(metOn);
    }

    private static Map<String, Object> holdsRow(
            String person, String skill, CurrentLevel after, List<EvidenceRecord> history) {
        var row = new HashMap<String, Object>();
        row.put("person", person);
        row.put("skill", skill);
        row.put("level", after.evidencedLevel());
        row.put("source", after.source().wireName());
        row.put("at", after.at());
        row.put(
                "confidence",
                history.stream()
                        .filter(e -> e.source() == after.source()
                                && e.at().equals(after.at())
                                && e.level() == after.evidencedLevel())
                        .map(EvidenceRecord::confidence)
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null));
        return row;
    }

    static EvidenceRecord record(String skill, Value v) {
        return new EvidenceRecord(
                skill,
                EvidenceSource.fromWire(Rows.string(v.get("source"))).orElse(EvidenceSource.IMPORT),
                Rows.integer(v.get("level"), 0),
                Rows.date(v.get("at")),
                Rows.decimal(v.get("score")),
                Rows.decimal(v.get("confidence")),
                Rows.date(v.get("expiresAt")));
    }

    private EvidenceRecord holdsRecord(String skill, Value h) {
        // A holding without a day (hand-written data) is taken as evidenced today rather than dropped.
        var at = Rows.date(h.get("at")) == null ? today : Rows.date(h.get("at"));
        return new EvidenceRecord(
                skill,
                EvidenceSource.fromWire(Rows.string(h.get("source"))).orElse(EvidenceSource.IMPORT),
                Rows.integer(h.get("level"), 0),
                at,
                null,
                Rows.decimal(h.get("confidence")),
                null);
    }

    private static boolean same(EvidenceRecord a, EvidenceRecord b) {
        return a.source() == b.source() && a.level() == b.level() && a.at().equals(b.at());
    }
}
