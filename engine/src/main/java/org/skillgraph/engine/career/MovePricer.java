package org.skillgraph.engine.career;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillgraph.engine.route.LevelChange;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.route.RouteStep;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.RoleNeed;

/** Prices one move with the route planner: the learning hours from some levels to the target profile. */
final class MovePricer {

    private final CurriculumSnapshot snapshot;
    private final RoutePlanner planner;

    MovePricer(CurriculumSnapshot snapshot, RoutePlanner planner) {
        this.snapshot = snapshot;
        this.planner = planner;
    }

    /** A learner holding exactly the levels role {@code roleId} needs, having completed nothing. */
    LearnerState profileOf(String roleId) {
        Map<String, Integer> levels = new TreeMap<>();
        for (RoleNeed need : snapshot.roleProfile(roleId)) {
            levels.put(need.skillId(), need.level());
        }
        return LearnerState.of(levels);
    }

    /**
     * The move {@code from → to} for {@code learner}, with default route preferences: career costs compare
     * roles, not one learner's tastes, and that keeps them cacheable per curriculum version.
     */
    CareerMove price(LearnerState learner, String from, String to, String kind, boolean inferred, String basis) {
        RoutePlan plan = planner.planForRole(snapshot, learner, to, RoutePreferences.defaults());
        List<LevelChange> raises = new ArrayList<>();
        for (RoleNeed need : snapshot.roleProfile(to)) {
            int held = learner.levelOf(need.skillId());
            if (held < need.level()) {
                String name = snapshot.skillName(snapshot.skillIndex(need.skillId()));
                raises.add(new LevelChange(need.skillId(), name, held, need.level()));
            }
        }
        List<String> modules = plan.steps().stream().map(RouteStep::moduleId).toList();
        return new CareerMove(
                from, to, kind, inferred, basis, plan.totalHours(), plan.mode(), raises, modules, plan.unreachable());
    }
}
