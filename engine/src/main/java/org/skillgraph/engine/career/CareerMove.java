package org.skillgraph.engine.career;

import java.util.List;
import java.util.Objects;
import org.skillgraph.engine.route.LevelChange;
import org.skillgraph.engine.route.RouteMode;
import org.skillgraph.engine.route.UnreachableTarget;

/**
 * One move of a career route, priced in learning hours.
 *
 * @param kind {@code promotion} or {@code lateral} for a LEADS_TO move, {@code inferred} otherwise
 * @param inferred whether the move was inferred from overlapping profiles rather than modelled
 * @param basis {@code profile} when priced for a learner holding exactly the source role's profile,
 *     {@code person} when priced with a person's own levels (the first move of a person's route)
 * @param hours learning hours of the cheapest module route to the target role's profile
 * @param mode whether {@code hours} is proven minimal ({@code EXACT}) or a heuristic upper bound
 * @param raises the target role's requirements above the levels held before the move: the gap it closes
 * @param modules the modules of that route, in order
 * @param unreachable requirements of the target role no allowed module route reaches from here; a move with
 *     any is not taken by a route (see {@link CareerRoutes#blockedMoves()})
 * @param observed how many people of the organisation made this move, and how long they had been in the role
 */
public record CareerMove(
        String from,
        String to,
        String kind,
        boolean inferred,
        String basis,
        double hours,
        RouteMode mode,
        List<LevelChange> raises,
        List<String> modules,
        List<UnreachableTarget> unreachable,
        ObservedMove observed) {

    /** Basis of a move priced from the source role's profile. */
    public static final String PROFILE = "profile";

    /** Basis of a move priced from a person's held levels. */
    public static final String PERSON = "person";

    /** Kind of a move inferred from overlapping profiles. */
    public static final String INFERRED = "inferred";

    public CareerMove {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(mode, "mode");
        raises = List.copyOf(raises);
        modules = List.copyOf(modules);
        unreachable = List.copyOf(unreachable);
        observed = observed == null ? ObservedMove.NONE : observed;
    }

    /** A move nobody is known to have made. */
    public CareerMove(
            String from,
            String to,
            String kind,
            boolean inferred,
            String basis,
            double hours,
            RouteMode mode,
            List<LevelChange> raises,
            List<String> modules,
            List<UnreachableTarget> unreachable) {
        this(from, to, kind, inferred, basis, hours, mode, raises, modules, unreachable, ObservedMove.NONE);
    }

    /** This move as people made it. */
    public CareerMove withObserved(ObservedMove made) {
        return new CareerMove(from, to, kind, inferred, basis, hours, mode, raises, modules, unreachable, made);
    }

    /** Whether every requirement of the target role can be learnt on this move. */
    public boolean feasible() {
        return unreachable.isEmpty();
    }
}
