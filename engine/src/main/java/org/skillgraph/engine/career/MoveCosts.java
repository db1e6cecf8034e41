package org.skillgraph.engine.career;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.RoleTransition;

/**
 * The moves of one curriculum snapshot and their profile-based prices. A price depends on the curriculum
 * only, so it is computed once, on first use, and shared by every request on the same snapshot. Thread-safe.
 */
final class MoveCosts {

    /** A move out of some role, before it is priced. */
    record Transition(String to, String kind, boolean inferred) {}

    private final CurriculumSnapshot snapshot;
    private final MovePricer pricer;
    private final ConcurrentHashMap<String, CareerMove> priced = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<RoleTransition>> inferred = new ConcurrentHashMap<>();

    MoveCosts(CurriculumSnapshot snapshot, RoutePlanner planner) {
        this.snapshot = snapshot;
        this.pricer = new MovePricer(snapshot, planner);
    }

    CurriculumSnapshot snapshot() {
        return snapshot;
    }

    /** LEADS_TO moves out of {@code role} and, when asked for, inferred ones; a pair is never both. */
    List<Transition> transitionsFrom(String role, CareerOptions options) {
        List<Transition> moves = new ArrayList<>();
        snapshot.leadsTo(role).forEach(t -> moves.add(new Transition(t.roleId(), t.kind(), false)));
        if (options.inferredMoves()) {
            inferred.computeIfAbsent(
                            options.minOverlap() + " " + role,
                            key -> ProfileOverlap.inferredMoves(snapshot, role, options.minOverlap()))
                    .forEach(t -> moves.add(new Transition(t.roleId(), t.kind(), true)));
        }
        return moves;
    }

    /** The move priced for a learner holding exactly {@code from}'s profile; cached. */
    CareerMove profileMove(String from, Transition move) {
        String key = from + '\n' + move.to();
        CareerMove known = priced.get(key);
        if (known != null) {
            return known;
        }
        // Priced outside the map's lock: a planner run can take milliseconds and must not block other keys.
        CareerMove fresh =
                pricer.price(pricer.profileOf(from), from, move.to(), move.kind(), move.inferred(), CareerMove.PROFILE);
        CareerMove raced = priced.putIfAbsent(key, fresh);
        return raced == null ? fresh : raced;
    }

    /** The move priced for {@code learner}'s own levels; not cached. */
    CareerMove personalMove(LearnerState learner, String from, Transition move) {
        return pricer.price(learner, from, move.to(), move.kind(), move.inferred(), CareerMove.PERSON);
    }

    /** How many moves have been priced so far. */
    int pricedCount() {
        return priced.size();
    }
}
