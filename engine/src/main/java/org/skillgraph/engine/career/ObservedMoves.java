package org.skillgraph.engine.career;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The career moves people of the organisation made, from their role histories: each stint followed by the next
 * (by start date), then the last stint followed by the current role when that differs. Per move, how many people
 * made it and their median time in the role they left; moves made by fewer than {@code minGroupSize} people are
 * suppressed ({@link ObservedMove}). Pure and immutable.
 */
public final class ObservedMoves {

    private static final double DAYS_PER_MONTH = 30.44;

    private final Map<String, ObservedMove> moves;

    private ObservedMoves(Map<String, ObservedMove> moves) {
        this.moves = Map.copyOf(moves);
    }

    /** No history: every move unobserved. */
    public static ObservedMoves none() {
        return new ObservedMoves(Map.of());
    }

    /** The moves made in {@code histories}, suppressed below {@code minGroupSize} people. */
    public static ObservedMoves of(List<RoleHistory> histories, int minGroupSize) {
        Map<String, Set<Integer>> people = new HashMap<>();
        Map<String, List<Long>> days = new HashMap<>();
        Map<String, Set<Integer>> leavers = new HashMap<>();
        for (int person = 0; person < histories.size(); person++) {
            var h = histories.get(person);
            var stints = h.stints();
            for (int i = 0; i < stints.size(); i++) {
                var left = stints.get(i);
                String next;
                java.time.LocalDate until = left.to();
                if (i + 1 < stints.size()) {
                    next = stints.get(i + 1).role();
                    until = until != null ? until : stints.get(i + 1).from();
                } else if (h.current() != null && !h.current().equals(left.role())) {
                    next = h.current();
                } else {
                    continue;
                }
                if (next.equals(left.role())) {
                    continue;
                }
                String key = key(left.role(), next);
                if (people.computeIfAbsent(key, k -> new HashSet<>()).add(person)
                        && left.from() != null
                        && until != null
                        && !until.isBefore(left.from())) {
                    days.computeIfAbsent(key, k -> new ArrayList<>()).add(ChronoUnit.DAYS.between(left.from(), until));
                }
                leavers.computeIfAbsent(left.role(), k -> new HashSet<>()).add(person);
            }
        }
        Map<String, ObservedMove> moves = new HashMap<>();
        people.forEach((key, who) -> {
            int n = who.size();
            if (n < minGroupSize) {
                moves.put(key, new ObservedMove(null, null, 0, true));
                return;
            }
            int left = leavers.get(key.substring(0, key.indexOf('\n'))).size();
            moves.put(key, new ObservedMove(n, months(days.getOrDefault(key, List.of())), (double) n / left, false));
        });
        return new ObservedMoves(moves);
    }

    /** The move {@code from → to} as observed; {@link ObservedMove#NONE} when nobody made it. */
    public ObservedMove of(String from, String to) {
        return moves.getOrDefault(key(from, to), ObservedMove.NONE);
    }

    private static String key(String from, String to) {
        return from + '\n' + to;
    }

    /** The median of {@code days} in months, to one decimal; {@code null} for none. */
    private static Double months(List<Long> days) {
        if (days.isEmpty()) {
            return null;
        }
        var sorted = days.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
        return Math.round(median / DAYS_PER_MONTH * 10) / 10.0;
    }
}
