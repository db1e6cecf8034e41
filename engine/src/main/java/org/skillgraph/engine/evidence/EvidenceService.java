package org.skillgraph.engine.evidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.ids.TimeOrderedIds;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * Records evidence and keeps each person's current levels ({@code HOLDS}) and badges in step with it, in one
 * transaction per request. Evidence is people data: writes lock the people they touch and leave
 * {@code Meta.version} (the curriculum snapshot's key) alone.
 */
public final class EvidenceService {

    private final GraphClient graph;
    private final LevelRules rules;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public EvidenceService(GraphClient graph, LevelRules rules, Clock clock) {
        this.graph = graph;
        this.rules = rules;
        this.clock = clock;
        this.ids = TimeOrderedIds.of("ev-", clock);
    }

    /** The rules this service derives levels with. */
    public LevelRules rules() {
        return rules;
    }

    /** Today on the service's clock: evidence may not be dated after it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records one piece of evidence for a person.
     *
     * @throws NotFoundException when the person is unknown
     * @throws InvalidRequestException when the skill is unknown ({@code /skill}) or the evidence is dated in
     *     the future ({@code /at})
     */
    public EvidenceResult record(String personId, EvidenceRecord evidence) {
        checkDates(List.of(new EvidenceInput(personId, evidence)), i -> "");
        return graph.write(tx -> {
            var work = new EvidenceTx(tx, rules, today(), ids);
            if (work.lockPeople(List.of(personId)).isEmpty()) {
                throw new NotFoundException("person", personId);
            }
            if (work.existingSkills(List.of(evidence.skillId())).isEmpty()) {
                throw new InvalidRequestException(
                        "unknown-reference",
                        "Unknown skill '" + evidence.skillId() + "'; nothing was written",
                        List.of(new FieldError("/skill", "unknown skill '" + evidence.skillId() + "'")));
            }
            return write(work, List.of(new EvidenceInput(personId, evidence)));
        });
    }

    /**
     * Records a list of evidence atomically: every record is checked first (dates, unknown people and skills,
     * each problem named {@code /records/<index>/<field>}), then all are written in one transaction, or none.
     */
    public EvidenceResult recordBatch(List<EvidenceInput> inputs) {
        checkDates(inputs, i -> "/records/" + i);
        return graph.write(tx -> {
            var work = new EvidenceTx(tx, rules, today(), ids);
            var people =
                    work.lockPeople(inputs.stream().map(EvidenceInput::personId).toList());
            var skills = work.existingSkills(new TreeSet<>(
                    inputs.stream().map(i -> i.evidence().skillId()).toList()));
            var errors = new ArrayList<FieldError>();
            for (int i = 0; i < inputs.size(); i++) {
                var input = inputs.get(i);
                if (!people.contains(input.personId())) {
                    errors.add(
                            new FieldError("/records/" + i + "/person", "unknown person '" + input.personId() + "'"));
                }
                if (!skills.contains(input.evidence().skillId())) {
                    errors.add(new FieldError(
                            "/records/" + i + "/skill",
                            "unknown skill '" + input.evidence().skillId() + "'"));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(
                        "unknown-reference",
                        errors.size() + " unknown reference(s) in the batch; nothing was written",
                        errors);
            }
            return write(work, inputs);
        });
    }

    /**
     * The unknown people and skills among index-aligned lists ({@code null} entries are skipped), each named
     * {@code /records/<index>/person} or {@code /skill}: lets a caller report them together with other
     * problems of a batch before anything is written.
     */
    public List<FieldError> unknownReferences(List<String> people, List<String> skills) {
        return graph.read(tx -> {
            var work = new EvidenceTx(tx, rules, today(), ids);
            var knownPeople = work.existingPeople(
                    people.stream().filter(java.util.Objects::nonNull).toList());
            var knownSkills = work.existingSkills(
                    skills.stream().filter(java.util.Objects::nonNull).toList());
            var errors = new ArrayList<FieldError>();
            for (int i = 0; i < Math.max(people.size(), skills.size()); i++) {
                var person = i < people.size() ? people.get(i) : null;
                var skill = i < skills.size() ? skills.get(i) : null;
                if (person != null && !knownPeople.contains(person)) {
                    errors.add(new FieldError("/records/" + i + "/person", "unknown person '" + person + "'"));
                }
                if (skill != null && !knownSkills.contains(skill)) {
                    errors.add(new FieldError("/records/" + i + "/skill", "unknown skill '" + skill + "'"));
                }
            }
            return errors;
        });
    }

    /**
     * Records evidence for a claim (a self-assessment, or the level a reviewer granted) inside the caller's write
     * transaction, naming the reviewer as its assessor (null for the learner's own rating) and the claim; re-derives
     * the level and badges as {@link #record} does.
     */
    public EvidenceResult recordWithin(
            TransactionContext tx, String personId, EvidenceRecord evidence, String assessor, String claimId) {
        checkDates(List.of(new EvidenceInput(personId, evidence)), i -> "");
        var work = new EvidenceTx(tx, rules, today(), ids);
        if (work.lockPeople(List.of(personId)).isEmpty()) {
            throw new NotFoundException("person", personId, "person-not-found");
        }
        var inputs = List.of(new EvidenceInput(personId, evidence));
        var created = work.create(inputs, OffsetDateTime.now(clock), assessor, claimId);
        return derive(work, inputs, created);
    }

    /**
     * Retracts one piece of a person's evidence with a reason: it stays (visible as retracted to admins) but no
     * longer counts, and the level it touched is re-derived at once.
     *
     * @throws NotFoundException {@code person-not-found} or {@code evidence-not-found} (evidence of someone else
     *     included)
     * @throws ConflictException {@code evidence-retracted} when it was retracted already
     */
    public Retraction retract(String personId, String evidenceId, String reason, String by) {
        return graph.write(tx -> retractIn(tx, personId, evidenceId, reason, by));
    }

    /** {@link #retract} inside the caller's write transaction. */
    public Retraction retractIn(TransactionContext tx, String personId, String evidenceId, String reason, String by) {
        var work = new EvidenceTx(tx, rules, today(), ids);
        if (work.lockPeople(List.of(personId)).isEmpty()) {
            throw new NotFoundException("person", personId, "person-not-found");
        }
        var found = tx.run(
                        CypherResources.statement("read/evidence-of-person"),
                        Map.<String, Object>of("person", personId, "id", evidenceId))
                .list(r -> r);
        if (found.isEmpty()) {
            throw new NotFoundException("evidence of " + personId, evidenceId, "evidence-not-found");
        }
        if (!found.get(0).get("retractedAt").isNull()) {
            throw new ConflictException(
                    "evidence-retracted",
                    "Evidence '" + evidenceId + "' was retracted already, on "
                            + found.get(0).get("retractedAt").asZonedDateTime().toOffsetDateTime());
        }
        var skill = found.get(0).get("skill").asString();
        var now = OffsetDateTime.now(clock);
        tx.run(
                        CypherResources.statement("write/evidence-retract"),
                        Map.<String, Object>of(
                                "person", personId, "id", evidenceId, "at", now, "by", by, "reason", reason))
                .consume();
        var levels = work.recompute(List.of(new EvidenceTx.Touched(personId, skill)));
        return new Retraction(evidenceId, personId, skill, now, reason, levels.get(0));
    }

    /** Creates the evidence, then re-derives levels and badges per person (inside the caller's transaction). */
    static EvidenceResult write(EvidenceTx work, List<EvidenceInput> inputs, OffsetDateTime now) {
        var evidence = inputs.isEmpty() ? List.<RecordedEvidence>of() : work.create(inputs, now);
        return derive(work, inputs, evidence);
    }

    private static EvidenceResult derive(EvidenceTx work, List<EvidenceInput> inputs, List<RecordedEvidence> evidence) {
        var touched = new LinkedHashSet<EvidenceTx.Touched>();
        inputs.forEach(i ->
                touched.add(new EvidenceTx.Touched(i.personId(), i.evidence().skillId())));
        var levels = work.recompute(touched);
        var badges = work.awardBadges(touched);
        int changed = (int) levels.stream().filter(LevelOutcome::changed).count();
        return new EvidenceResult(evidence, levels, changed, badges);
    }

    private EvidenceResult write(EvidenceTx work, List<EvidenceInput> inputs) {
        return write(work, inputs, OffsetDateTime.now(clock));
    }

    private void checkDates(List<EvidenceInput> inputs, java.util.function.IntFunction<String> prefix) {
        var today = today();
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < inputs.size(); i++) {
            var e = inputs.get(i).evidence();
            if (e.at().isAfter(today)) {
                errors.add(
                        new FieldError(prefix.apply(i) + "/at", "must not be in the future (today is " + today + ")"));
            }
            if (e.expiresAt() != null && e.expiresAt().isBefore(e.at())) {
                errors.add(new FieldError(prefix.apply(i) + "/expiresAt", "must not be before at (" + e.at() + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "Invalid evidence: nothing was written", errors);
        }
    }
}
