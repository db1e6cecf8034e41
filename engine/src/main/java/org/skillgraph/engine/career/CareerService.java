package org.skillgraph.engine.career;

import java.util.List;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.snapshot.UnknownTargetException;

/**
 * Career routes for a role or a person. One round trip reads the graph version (with the person's levels
 * and roles, for a person), another the organisation's role histories (anonymous, aggregated into {@link
 * ObservedMoves} per request, so an erased person's moves are gone from the next answer); the routes are then
 * computed on that version's curriculum snapshot.
 */
public final class CareerService {

    private final LearnerRepository learners;
    private final CurriculumCache curriculum;
    private final CareerPlanner planner;
    private final RoleHistoryRepository histories;
    private final int minGroupSize;

    /**
     * @param minGroupSize a move made by fewer people is not described and counts as never made, as in the
     *     metrics
     */
    public CareerService(
            LearnerRepository learners,
            CurriculumCache curriculum,
            CareerPlanner planner,
            RoleHistoryRepository histories,
            int minGroupSize) {
        this.learners = learners;
        this.curriculum = curriculum;
        this.planner = planner;
        this.histories = histories;
        this.minGroupSize = minGroupSize;
    }

    /** @throws NotFoundException when either role is unknown */
    public CareerRoutes forRole(String from, String to, CareerOptions options) {
        var snapshot = curriculum.at(learners.graphVersion());
        try {
            return planner.between(snapshot, from, to, options, observed());
        } catch (UnknownTargetException e) {
            throw new NotFoundException("role", e.targetId());
        }
    }

    /**
     * Routes from the person's current role to {@code to}, or to their target role when {@code to} is null.
     *
     * @throws NotFoundException when the person or the role is unknown
     * @throws InvalidRequestException when {@code to} is null and the person has no target role
     */
    public CareerRoutes forPerson(String personId, String to, CareerOptions options) {
        var learner = learners.load(personId);
        var target = to != null ? to : learner.targetRoleId();
        if (target == null) {
            throw new InvalidRequestException(
                    "missing-target",
                    "Person " + personId + " has no target role: pass to=<role id>",
                    List.of(new FieldError("query:to", "required because the person has no target role")));
        }
        var snapshot = curriculum.at(learner.graphVersion());
        try {
            return planner.forPerson(
                    snapshot, personId, learner.state(), learner.roleId(), target, options, observed());
        } catch (UnknownTargetException e) {
            throw new NotFoundException("role", e.targetId());
        }
    }

    private ObservedMoves observed() {
        return ObservedMoves.of(histories.all(), minGroupSize);
    }
}
