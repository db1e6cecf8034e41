package org.skillgraph.engine.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.gap.GapReport;
import org.skillgraph.engine.learner.Learner;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.UnknownTargetException;

/**
 * Gap and route answers. Each request reads the person (and the graph version) in one round trip and
 * runs the planners on the curriculum snapshot of that version. An explicit skill set larger than the route
 * planner's {@linkplain org.skillgraph.engine.budget.PlanningBudget#maxTargets target cap} is refused
 * ({@code too-many-targets}) before it is planned (the person and the snapshot are read first, which costs the
 * same whatever the request names).
 */
public final class PlanningService {

    private final LearnerRepository learners;
    private final CurriculumCache curriculum;
    private final GapPlanner gaps;
    private final RoutePlanner routes;

    public PlanningService(
            LearnerRepository learners, CurriculumCache curriculum, GapPlanner gaps, RoutePlanner routes) {
        this.learners = learners;
        this.curriculum = curriculum;
        this.gaps = gaps;
        this.routes = routes;
    }

    /** The gap of a person for {@code roleId}, or for their target role when {@code roleId} is null. */
    public PersonGap gapForRole(String personId, String roleId) {
        var learner = learners.load(personId);
        var role = roleFor(learner, roleId);
        var snapshot = curriculum.at(learner.graphVersion());
        return new PersonGap(
                personId,
                roleId == null ? "target" : "request",
                snapshot.version(),
                forRole(snapshot, learner.state(), role));
    }

    /** The gap of a person for an explicit set of skills and levels. */
    public PersonGap gapForSkills(String personId, Map<String, Integer> targets) {
        var learner = learners.load(personId);
        var snapshot = curriculum.at(learner.graphVersion());
        checkSkills(snapshot, targets, "query:skills");
        return new PersonGap(
                personId, "skills", snapshot.version(), gaps.forTargets(snapshot, learner.state(), targets));
    }

    /** The route of a person to {@code roleId} (or their target role), honouring {@code preferences}. */
    public PersonRoute routeForRole(String personId, String roleId, RoutePreferences preferences) {
        var learner = learners.load(personId);
        var role = roleFor(learner, roleId);
        var snapshot = curriculum.at(learner.graphVersion());
        var effective = withPersonHours(preferences, learner);
        try {
            var plan = routes.planForRole(snapshot, learner.state(), role, effective);
            return new PersonRoute(personId, role, hoursSource(preferences, learner), snapshot.version(), plan);
        } catch (UnknownTargetException e) {
            throw new NotFoundException("role", role);
        }
    }

    /**
     * A route for a learner who is not in the graph (career tools): inline levels and completed modules,
     * to a role or an explicit skill set (exactly one of them).
     */
    public RoutePlan routeInline(
            LearnerState learner, String roleId, Map<String, Integer> skills, RoutePreferences preferences) {
        return routeOn(curriculum.at(learners.graphVersion()), learner, roleId, skills, preferences);
    }

    /** Gap and route for inline levels on one snapshot, with one round trip for the graph version. */
    public InlinePlan planInline(
            LearnerState learner, String roleId, Map<String, Integer> skills, RoutePreferences preferences) {
        var snapshot = curriculum.at(learners.graphVersion());
        return new InlinePlan(
                gapOn(snapshot, learner, roleId, skills), routeOn(snapshot, learner, roleId, skills, preferences));
    }

    private RoutePlan routeOn(
            CurriculumSnapshot snapshot,
            LearnerState learner,
            String roleId,
            Map<String, Integer> skills,
            RoutePreferences preferences) {
        if (roleId != null) {
            try {
                return routes.planForRole(snapshot, learner, roleId, preferences);
            } catch (UnknownTargetException e) {
                throw new NotFoundException("role", roleId);
            }
        }
        checkSkills(snapshot, skills, "/skills");
        return routes.plan(snapshot, learner, skills, preferences);
    }

    /** The gap for inline levels (career tools): to a role or an explicit skill set. */
    public GapReport gapInline(LearnerState learner, String roleId, Map<String, Integer> skills) {
        return gapOn(curriculum.at(learners.graphVersion()), learner, roleId, skills);
    }

    private GapReport gapOn(
            CurriculumSnapshot snapshot, LearnerState learner, String roleId, Map<String, Integer> skills) {
        if (roleId != null) {
            return forRole(snapshot, learner, roleId);
        }
        checkSkills(snapshot, skills, "/skills");
        return gaps.forTargets(snapshot, learner, skills);
    }

    private GapReport forRole(CurriculumSnapshot snapshot, LearnerState learner, String roleId) {
        try {
            return gaps.forRole(snapshot, learner, roleId);
        } catch (UnknownTargetException e) {
            throw new NotFoundException("role", roleId);
        }
    }

    private static String roleFor(Learner learner, String roleId) {
        if (roleId != null) {
            return roleId;
        }
        if (learner.targetRoleId() == null) {
            throw new InvalidRequestException(
                    "missing-target",
                    "Person " + learner.personId()
                            + " has no target role: pass role=<role id> (or skills=<skill:level,...> for the gap)",
                    List.of(new FieldError("query:role", "required because the person has no target role")));
        }
        return learner.targetRoleId();
    }

    private void checkSkills(CurriculumSnapshot snapshot, Map<String, Integer> skills, String pointer) {
        int cap = routes.budget().maxTargets();
        if (skills.size() > cap) {
            throw new InvalidRequestException(
                    "too-many-targets",
                    "A request may name at most " + cap + " target skills; this one names " + skills.size(),
                    List.of(new FieldError(pointer, "at most " + cap + " target skills, got " + skills.size())));
        }
        var errors = new ArrayList<FieldError>();
        skills.keySet().stream().sorted().forEach(id -> {
            if (snapshot.skillIndex(id) < 0) {
                errors.add(new FieldError(pointer, "unknown skill '" + id + "'"));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("unknown-skill", "Unknown skill(s) among the targets", errors);
        }
    }

    private static RoutePreferences withPersonHours(RoutePreferences preferences, Learner learner) {
        if (preferences.maxWeeklyHours() != null || learner.weeklyHours() == null || !(learner.weeklyHours() > 0)) {
            return preferences;
        }
        return new RoutePreferences(
                preferences.excludedModalities(),
                preferences.selfPacedOnly(),
                preferences.includeOptional(),
                learner.weeklyHours());
    }

    private static String hoursSource(RoutePreferences preferences, Learner learner) {
        if (preferences.maxWeeklyHours() != null) {
            return "request";
        }
        return learner.weeklyHours() != null && learner.weeklyHours() > 0 ? "person" : "default";
    }
}
