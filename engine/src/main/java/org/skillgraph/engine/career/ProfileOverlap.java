package org.skillgraph.engine.career;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.RoleNeed;
import org.skillgraph.engine.snapshot.RoleTransition;

/** Infers career moves between roles whose profiles overlap, for organisations that model few moves. */
public final class ProfileOverlap {

    private ProfileOverlap() {}

    /**
     * How much of {@code to}'s profile {@code from}'s profile already covers: the sum over the skills
     * {@code to} needs of {@code min(level from needs, level to needs)}, divided by the sum of the levels
     * {@code to} needs. 1 means holding {@code from}'s profile meets every requirement of {@code to}; 0 when
     * {@code to} needs nothing. Asymmetric on purpose: a move is judged by what the destination asks.
     */
    public static double coverage(CurriculumSnapshot snapshot, String from, String to) {
        Map<String, Integer> held = new HashMap<>();
        for (RoleNeed need : snapshot.roleProfile(from)) {
            held.put(need.skillId(), need.level());
        }
        int covered = 0;
        int required = 0;
        for (RoleNeed need : snapshot.roleProfile(to)) {
            required += need.level();
            covered += Math.min(need.level(), held.getOrDefault(need.skillId(), 0));
        }
        return required == 0 ? 0 : (double) covered / required;
    }

    /**
     * Moves out of {@code from} to every other role covered at least {@code minOverlap} that no LEADS_TO
     * move already reaches, in role id order, each of kind {@value CareerMove#INFERRED}.
     */
    static List<RoleTransition> inferredMoves(CurriculumSnapshot snapshot, String from, double minOverlap) {
        Set<String> modelled = new HashSet<>();
        snapshot.leadsTo(from).forEach(move -> modelled.add(move.roleId()));
        List<RoleTransition> moves = new ArrayList<>();
        for (String to : snapshot.roles().roleIds()) {
            if (!to.equals(from) && !modelled.contains(to) && coverage(snapshot, from, to) >= minOverlap) {
                moves.add(new RoleTransition(to, CareerMove.INFERRED));
            }
        }
        return moves;
    }
}
