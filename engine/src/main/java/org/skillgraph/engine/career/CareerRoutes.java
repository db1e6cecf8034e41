package org.skillgraph.engine.career;

import java.util.List;
import java.util.Objects;

/**
 * The answer to "which roles lead from here to there with the least learning?".
 *
 * @param from the start role; {@code null} only for a person without a current role
 * @param personId the person the first move was priced for, or {@code null} for a role-to-role question
 * @param weighting how routes were ranked: {@code hours}, {@code observed} or {@code blend}
 * @param alpha the blend's discount ({@code null} unless {@code weighting} is {@code blend})
 * @param routes up to {@code k} routes, cheapest first; empty when there is none, then {@code reason} says why
 * @param reason {@code null} when routes were found, else one of the {@code REASON_…} codes
 * @param detail a sentence explaining {@code reason}, or {@code null}
 * @param blockedMoves for {@link #REASON_REQUIREMENTS_UNREACHABLE}: the moves between start and target that
 *     no route may take because some requirement of their target role cannot be learnt; otherwise empty
 */
public record CareerRoutes(
        String from,
        String to,
        String personId,
        int k,
        boolean inferredMoves,
        String weighting,
        Double alpha,
        long graphVersion,
        List<CareerRoute> routes,
        String reason,
        String detail,
        List<CareerMove> blockedMoves) {

    /** Start and target are the same role. */
    public static final String REASON_SAME_ROLE = "same-role";

    /** No chain of moves leads from the start to the target at all. */
    public static final String REASON_TARGET_UNREACHABLE = "target-unreachable";

    /** Chains of moves exist, but each takes a move whose requirements cannot be learnt. */
    public static final String REASON_REQUIREMENTS_UNREACHABLE = "requirements-unreachable";

    /** The person holds no role to start from. */
    public static final String REASON_NO_CURRENT_ROLE = "no-current-role";

    public CareerRoutes {
        Objects.requireNonNull(to, "to");
        routes = List.copyOf(routes);
        blockedMoves = List.copyOf(blockedMoves);
    }
}
