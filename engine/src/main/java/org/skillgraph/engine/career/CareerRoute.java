package org.skillgraph.engine.career;

import java.util.List;

/**
 * A sequence of roles from a start role to a target, each move priced in learning hours.
 *
 * @param roles the role ids, start first, target last
 * @param moves one move per consecutive pair of {@code roles}
 * @param totalHours the sum of the moves' hours
 * @param weight what the route weighs in the ranking: the sum of its moves' weights ({@link
 *     CareerOptions.Weighting}); equal to {@code totalHours} when ranked by hours
 */
public record CareerRoute(List<String> roles, List<CareerMove> moves, double totalHours, double weight) {

    public CareerRoute {
        roles = List.copyOf(roles);
        moves = List.copyOf(moves);
        if (moves.size() != roles.size() - 1) {
            throw new IllegalArgumentException(
                    "a route of " + roles.size() + " roles has " + (roles.size() - 1) + " moves, not " + moves.size());
        }
    }

    /** A route ranked by learning hours. */
    public CareerRoute(List<String> roles, List<CareerMove> moves, double totalHours) {
        this(roles, moves, totalHours, totalHours);
    }
}
