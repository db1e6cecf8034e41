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
import java.util.UUID;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
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

    EvidenceTx(TransactionContext tx, LevelRules rules, LocalDate today) {
        this.tx = tx;
        this.rules = rules;
        this.today = today;
    }

    /** Locks the people (in id order, against deadlocks) and returns those that exist. */
    Set<String> lockPeople(Collection<String> ids) {
        var sorted = List.copyOf(new TreeSet<>(ids));
        return Set.copyOf(tx.run(CypherResources.statement("write/person-lock"), Map.of("people", sorted))
                .list(r -> r.get("id").asString()));
    }

    Set<String> existingSkills(Collection<String> ids) {
        return Set.copyOf(tx.run(CypherResources.statement("read/existing-skills"), Map.of("ids", List.copyOf(ids)))
                .list(r -> r.get("id").asString()));
    }

    List<RecordedEvidence> create(List<EvidenceInput> inputs, OffsetDateTime now) {
        var written = new ArrayList<RecordedEvidence>();
        var rows = new ArrayList<Map<String, Object>>();
        for (var input : inputs) {
            var e = input.evidence();
            var recorded = new RecordedEvidence(
                    "ev-" + UUID.randomUUID(),
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
            rows.add(row);
        }
        tx.run(CypherResources.statement("write/evidence-create"), Map.of("rows", rows))
                .consume();
        return written;
    }

    /** Re-derives the person's {@code HOLDS} in {@code skills} from their whole evidence history. */
    List<LevelOutcome> recompute(String person, Collection<String> skills) {
        var outcomes = new ArrayList<LevelOutcome>();
        var set = new ArrayList<Map<String, Object>>();
        var remove = new ArrayList<String>();
        var params = Map.<String, Object>of("person", person, "skills", List.copyOf(new TreeSet<>(skills)));
        for (var r : tx.run(CypherResources.statement("read/evidence-history"), params)
                .list()) {
            var skill = r.get("skill").asString();
            var history = new ArrayList<EvidenceRecord>(r.get("history").asList(v -> record(skill, v)));
            var holds = r.get("holds");
            var before = holds.isNull() ? null : holdsRecord(skill, holds);
            // A holding set without evidence (the editor, an older import) counts as evidence of its own.
            if (before != null && history.stream().noneMatch(e -> same(e, before))) {
                history.add(before);
            }
            var after = rules.current(history, today).orElse(null);
            int previous = before == null ? 0 : rules.decide(before, today).level();
            int now = after == null ? 0 : after.level();
            outcomes.add(new LevelOutcome(
                    person, skill, after, previous, previous != now || (before == null) != (after == null)));
            if (after == null) {
                remove.add(skill);
            } else {
                var row = new HashMap<String, Object>();
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
                set.add(row);
            }
        }
        if (!set.isEmpty()) {
            tx.run(CypherResources.statement("write/holds-set"), Map.of("person", person, "rows", set))
                    .consume();
        }
        if (!remove.isEmpty()) {
            tx.run(CypherResources.statement("write/holds-remove"), Map.of("person", person, "skills", remove))
                    .consume();
        }
        return outcomes;
    }

    /** Awards, once, every badge certifying one of {@code skills} whose certified levels the person now meets. */
    List<EarnedBadge> awardBadges(String person, Collection<String> skills) {
        var params = Map.<String, Object>of("person", person, "skills", List.copyOf(skills));
        var earned = new ArrayList<EarnedBadge>();
        for (var r : tx.run(CypherResources.statement("read/badge-candidates"), params)
                .list()) {
            LocalDate metOn = null;
            boolean met = true;
            for (var c : r.get("certifies").asList(v -> v)) {
                var at = Rows.date(c.get("at"));
                var held = Rows.integer(c.get("held"));
                if (held == null || at == null) {
                    met = false;
                    break;
                }
                var source =
                        EvidenceSource.fromWire(Rows.string(c.get("source"))).orElse(EvidenceSource.IMPORT);
                var skill = c.get("skill").asString();
                met &= rules.decide(EvidenceRecord.of(skill, source, held, at), today)
                                .level()
                        >= c.get("level").asInt();
                metOn = metOn == null || at.isAfter(metOn) ? at : metOn;
            }
            if (met && metOn != null) {
                earned.add(new EarnedBadge(person, r.get("badge").asString(), metOn));
            }
        }
        for (var badge : earned) {
            tx.run(
                            CypherResources.statement("write/badge-earn"),
                            Map.of("person", person, "badges", List.of(badge.badgeId()), "at", badge.at()))
                    .consume();
        }
        return earned;
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
