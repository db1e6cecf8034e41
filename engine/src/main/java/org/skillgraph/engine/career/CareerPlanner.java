package org.skillgraph.engine.career;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.function.BiFunction;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.UnknownTargetException;

/**
 * Finds the {@code k} career routes with the least learning between two roles: Yen's k shortest simple
 * paths (JGraphT) over the career moves, a move weighing the hours of the cheapest module route from the
 * source role's profile to the target role's profile ({@link RoutePlanner}).
 *
 * <p><b>Prices.</b> A profile-based price depends on the curriculum only and is cached per snapshot (the
 * cache holds the latest two snapshots by identity, so a what-if copy never sees another's prices). Only the
 * moves some route could take (reachable from the start, leading on to the target) are priced, on first use.
 *
 * <p><b>People.</b> Yen's weights are static, so a person's routes run on a graph built for the request:
 * the moves out of the person's current role are priced with the person's own levels and completed modules
 * (basis {@code person}); every later move keeps its profile price, as if the person then held exactly the
 * intermediate role's profile. Because Yen's paths are simple, no route returns to the current role.
 *
 * <p><b>Unreachable requirements.</b> A move whose target role has a requirement no allowed module route
 * reaches would leave the person short of the role, so it has no finite price and no route takes it. When
 * that leaves no route although moves connect the roles, the answer says so ({@code requirements-unreachable})
 * and lists the blocked moves with their unreachable skills. Stateless apart from the price cache; thread-safe.
 *
 * <p><b>Moves people make.</b> Each move carries how many people made it ({@link ObservedMoves}, read per
 * request); the options' {@link CareerOptions.Weighting} decides whether that weighs in the ranking (Yen's
 * weights) or only learning hours do, the default. A route's {@code totalHours} is always its learning hours.
 */
public final class CareerPlanner {

    private final RoutePlanner planner;
    private final Cache<CurriculumSnapshot, MoveCosts> costs =
            Caffeine.newBuilder().weakKeys().maximumSize(2).build();

    public CareerPlanner(RoutePlanner planner) {
        this.planner = planner;
    }

    /**
     * Routes from role {@code from} to role {@code to}, every move priced from profiles.
     *
     * @throws UnknownTargetException when either role is unknown
     */
    public CareerRoutes between(CurriculumSnapshot snapshot, String from, String to, CareerOptions options) {
        return between(snapshot, from, to, options, ObservedMoves.none());
    }

    /**
     * Routes from role {@code from} to role {@code to}, every move priced from profiles and described with how
     * often people made it; {@code options} say whether that weighs in the ranking.
     *
     * @throws UnknownTargetException when either role is unknown
     */
    public CareerRoutes between(
            CurriculumSnapshot snapshot, String from, String to, CareerOptions options, ObservedMoves observed) {
        MoveCosts prices = pricesFor(snapshot, from, to);
        return search(prices, from, to, null, options, observe(prices::profileMove, observed));
    }

    /**
     * Routes for a person in role {@code currentRole} holding {@code learner}'s levels; the first move is
     * priced with those levels. A person without a role gets no route and reason {@code no-current-role}.
     *
     * @throws UnknownTargetException when {@code to} (or a non-null {@code currentRole}) is unknown
     */
    public CareerRoutes forPerson(
            CurriculumSnapshot snapshot,
            String personId,
            LearnerState learner,
            String currentRole,
            String to,
            CareerOptions options) {
        return forPerson(snapshot, personId, learner, currentRole, to, options, ObservedMoves.none());
    }

    /** As {@link #forPerson(CurriculumSnapshot, String, LearnerState, String, String, CareerOptions)}, with moves people made. */
    public CareerRoutes forPerson(
            CurriculumSnapshot snapshot,
            String personId,
            LearnerState learner,
            String currentRole,
            String to,
            CareerOptions options,
            ObservedMoves observed) {
        if (currentRole == null) {
            checkRole(snapshot, to);
            return none(
                    snapshot,
                    null,
                    to,
                    personId,
                    options,
                    CareerRoutes.REASON_NO_CURRENT_ROLE,
                    "Person " + personId + " holds no role (IN_ROLE) to start from",
                    List.of());
        }
        MoveCosts prices = pricesFor(snapshot, currentRole, to);
        BiFunction<String, MoveCosts.Transition, CareerMove> price = (role, move) ->
                role.equals(currentRole) ? prices.personalMove(learner, role, move) : prices.profileMove(role, move);
        return search(prices, currentRole, to, personId, options, observe(price, observed));
    }

    private static BiFunction<String, MoveCosts.Transition, CareerMove> observe(
            BiFunction<String, MoveCosts.Transition, CareerMove> price, ObservedMoves observed) {
        return (role, move) -> {
            CareerMove priced = price.apply(role, move);
            return priced.withObserved(observed.of(priced.from(), priced.to()));
        };
    }

    /** Moves priced so far for {@code snapshot} (for tests and diagnostics). */
    int pricedMoves(CurriculumSnapshot snapshot) {
        MoveCosts prices = costs.getIfPresent(snapshot);
        return prices == null ? 0 : prices.pricedCount();
    }

    private MoveCosts pricesFor(CurriculumSnapshot snapshot, String from, String to) {
        checkRole(snapshot, from);
        checkRole(snapshot, to);
        return costs.get(snapshot, s -> new MoveCosts(s, planner));
    }

    private static CareerRoutes search(
            MoveCosts prices,
            String from,
            String to,
            String personId,
            CareerOptions options,
            BiFunction<String, MoveCosts.Transition, CareerMove> price) {
        CurriculumSnapshot snapshot = prices.snapshot();
        if (from.equals(to)) {
            String detail = personId == null
                    ? "Role " + to + " is both start and target"
                    : "Person " + personId + " already holds role " + to;
            return none(snapshot, from, to, personId, options, CareerRoutes.REASON_SAME_ROLE, detail, List.of());
        }
        MoveGraph moves = MoveGraph.explore(from, to, role -> prices.transitionsFrom(role, options), price);
        if (!moves.reaches(to)) {
            String detail = "No chain of career moves leads from " + from + " to " + to + " (" + moves.size()
                    + " roles reachable)" + (options.inferredMoves() ? "" : "; inferred moves are off");
            return none(
                    snapshot, from, to, personId, options, CareerRoutes.REASON_TARGET_UNREACHABLE, detail, List.of());
        }
        List<GraphPath<String, CareerMove>> paths =
                new YenKShortestPath<>(moves.feasible(options::weight)).getPaths(from, to, options.k());
        if (paths.isEmpty()) {
            List<CareerMove> blocked = moves.blocked();
            String detail = "Every chain of moves from " + from + " to " + to + " takes a move whose target role has"
                    + " requirements no published module teaches far enough; see blockedMoves";
            return none(
                    snapshot,
                    from,
                    to,
                    personId,
                    options,
                    CareerRoutes.REASON_REQUIREMENTS_UNREACHABLE,
                    detail,
                    blocked);
        }
        List<CareerRoute> routes = paths.stream()
                .map(path -> new CareerRoute(
                        path.getVertexList(),
                        path.getEdgeList(),
                        round(path.getEdgeList().stream()
                                .mapToDouble(CareerMove::hours)
                                .sum()),
                        round(path.getWeight())))
                .toList();
        return new CareerRoutes(
                from,
                to,
                personId,
                options.k(),
                options.inferredMoves(),
                options.weighting().code(),
                options.weighting() == CareerOptions.Weighting.BLEND ? options.alpha() : null,
                snapshot.version(),
                routes,
                null,
                null,
                List.of());
    }

    private static CareerRoutes none(
            CurriculumSnapshot snapshot,
            String from,
            String to,
            String personId,
            CareerOptions options,
            String reason,
            String detail,
            List<CareerMove> blocked) {
        return new CareerRoutes(
                from,
                to,
                personId,
                options.k(),
                options.inferredMoves(),
                options.weighting().code(),
                options.weighting() == CareerOptions.Weighting.BLEND ? options.alpha() : null,
                snapshot.version(),
                List.of(),
                reason,
                detail,
                blocked);
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private static void checkRole(CurriculumSnapshot snapshot, String roleId) {
        if (snapshot.roles().role(roleId).isEmpty()) {
            throw new UnknownTargetException("role", roleId);
        }
    }
}
