package org.skillgraph.engine.coach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.UpsertQueries;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.PendingChanges;
import org.skillgraph.engine.neo4j.Rows;

/**
 * Starts and ends coaching pairs. Every write locks the coaches it touches, re-checks consent and capacity
 * inside the transaction ({@link CapacityCheck}), writes, and bumps {@code Meta.version}; a failed check
 * throws and the transaction writes nothing.
 */
final class CoachingPairRepository {

    private final GraphClient graph;
    private final java.time.Clock clock;

    /** @param clock "now", before which a pending coaching request has not expired and still holds its place */
    CoachingPairRepository(GraphClient graph, java.time.Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** Starts one pair; 404 for unknown people, 400 for unknown skills, 409 when the coach cannot take it. */
    CoachingPair start(String coachId, String learnerId, List<String> skills, LocalDate since) {
        return graph.write(tx -> {
            requirePeople(tx, coachId, learnerId);
            requireSkills(tx, skills);
            var pair = new PlannedPair(coachId, learnerId, skills);
            CapacityCheck.lockAndCheck(tx, List.of(pair), clock.instant());
            create(tx, List.of(pair), since);
            return new CoachingPair(coachId, learnerId, since, skills, null);
        });
    }

    /** Ends the active pair, keeping it as history; 404 for unknown people or when no pair is active. */
    CoachingPair end(String coachId, String learnerId, LocalDate on) {
        return graph.write(tx -> {
            requirePeople(tx, coachId, learnerId);
            var rows = tx.run(
                            CypherResources.statement("write/coaching-end"),
                            Map.of("coach", coachId, "learner", learnerId, "endedAt", on))
                    .list();
            if (rows.isEmpty()) {
                throw new NotFoundException("active coaching pair", coachId + " → " + learnerId);
            }
            PendingChanges.people(List.of(coachId, learnerId));
            var r = rows.get(0);
            return new CoachingPair(coachId, learnerId, Rows.date(r.get("since")), Rows.strings(r.get("skills")), on);
        });
    }

    /** Starts every pair in one transaction, or none (409) when a coach has lost consent or places meanwhile. */
    void startAll(List<PlannedPair> pairs, LocalDate since) {
        if (pairs.isEmpty()) {
            return;
        }
        graph.write(tx -> {
            CapacityCheck.lockAndCheck(tx, pairs, clock.instant());
            create(tx, pairs, since);
            return null;
        });
    }

    private static void create(TransactionContext tx, List<PlannedPair> pairs, LocalDate since) {
        pairs.forEach(p -> PendingChanges.people(List.of(p.coachId(), p.learnerId())));
        var rows = pairs.stream()
                .map(p -> Map.<String, Object>of("coach", p.coachId(), "learner", p.learnerId(), "skills", p.skills()))
                .toList();
        long created = tx.run(CypherResources.statement("write/coaching-create"), Map.of("pairs", rows, "since", since))
                .single()
                .get("created")
                .asLong();
        if (created != pairs.size()) {
            // A person vanished since the plan was made: throwing rolls every pair back.
            throw new org.skillgraph.engine.error.ConflictException(
                    "assignment-stale", "Some people of the assignment no longer exist; nothing was written");
        }
    }

    private static void requirePeople(TransactionContext tx, String coachId, String learnerId) {
        var found = existing(tx, "Person", List.of(coachId, learnerId));
        for (var id : List.of(coachId, learnerId)) {
            if (!found.contains(id)) {
                throw new NotFoundException("person", id);
            }
        }
    }

    private static void requireSkills(TransactionContext tx, List<String> skills) {
        if (skills.isEmpty()) {
            return;
        }
        var found = existing(tx, "Skill", skills);
        var errors = new ArrayList<FieldError>();
        for (int i = 0; i < skills.size(); i++) {
            if (!found.contains(skills.get(i))) {
                errors.add(new FieldError("/skills/" + i, "unknown skill '" + skills.get(i) + "'"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("unknown-skill", "Unknown skill(s) in the pair", errors);
        }
    }

    private static Set<String> existing(TransactionContext tx, String label, List<String> ids) {
        return new HashSet<>(tx.run(UpsertQueries.existingIds(label), Map.of("ids", ids))
                .list(r -> r.get("id").asString()));
    }
}
