package org.skillgraph.engine.priorities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.gap.PrerequisiteGap;
import org.skillgraph.engine.route.RoutePlan;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.route.RouteStep;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.RoleNeed;

/**
 * Brute force: every member's route planned afresh, without memory or pruning, for every gap closed and every
 * module completed; gaps from the gap planner's report, the critical path by walking every prerequisite chain.
 */
final class PrioritiesOracle {

    private final CurriculumSnapshot snapshot;
    private final RoutePlanner routes = new RoutePlanner();
    private final GapPlanner gaps = new GapPlanner();

    PrioritiesOracle(CurriculumSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    record Figures(int members, int critical, double hours, int essential, int ready, int reachable) {}

    record SessionFigures(int onRoutes, int helped, double hours, int ready, int reachable) {}

    RoutePlan plan(Member m, LearnerState state) {
        return routes.planForRole(snapshot, state, m.roleId(), RoutePreferences.defaults());
    }

    boolean ready(Member m, LearnerState state) {
        return gaps.forRole(snapshot, state, m.roleId()).essentialGaps() == 0;
    }

    /** Skill to level: the gap report's unmet needs and its prerequisites, the higher level where both. */
    Map<String, Integer> gapsOf(Member m) {
        var report = gaps.forRole(snapshot, m.state(), m.roleId());
        var result = new HashMap<String, Integer>();
        report.skills().stream().filter(g -> !g.met()).forEach(g -> result.put(g.skillId(), g.requiredLevel()));
        for (PrerequisiteGap p : report.prerequisites()) {
            result.merge(p.skillId(), p.requiredLevel(), Math::max);
        }
        return result;
    }

    /** Whether some chain of prerequisites from an unmet need other than {@code skill} reaches it, all held too low. */
    boolean critical(Member m, String skill) {
        for (RoleNeed need : snapshot.roleProfile(m.roleId())) {
            if (!need.skillId().equals(skill)
                    && m.state().levelOf(need.skillId()) < need.level()
                    && reaches(m.state(), need.skillId(), skill, new HashSet<>())) {
                return true;
            }
        }
        return false;
    }

    private boolean reaches(LearnerState state, String from, String to, Set<String> seen) {
        if (!seen.add(from)) {
            return false;
        }
        for (var p : snapshot.prerequisites(from)) {
            if (state.levelOf(p.skillId()) < p.level()
                    && (p.skillId().equals(to) || reaches(state, p.skillId(), to, seen))) {
                return true;
            }
        }
        return false;
    }

    Figures skill(List<Member> members, String skill) {
        int lacking = 0;
        int critical = 0;
        double hours = 0;
        int essential = 0;
        int ready = 0;
        int reachable = 0;
        for (Member m : members) {
            Integer level = gapsOf(m).get(skill);
            if (level == null) {
                continue;
            }
            lacking++;
            critical += critical(m, skill) ? 1 : 0;
            var levels = new HashMap<>(m.state().levels());
            levels.put(skill, level);
            var stale = new HashSet<>(m.state().needsRefresh());
            stale.remove(skill);
            var self = new HashSet<>(m.state().selfAssessed());
            self.remove(skill);
            var after = new LearnerState(levels, m.state().completedModules(), stale, self);
            RoutePlan planBefore = plan(m, m.state());
            RoutePlan planAfter = plan(m, after);
            hours += planBefore.totalHours() - planAfter.totalHours();
            essential += snapshot.roleProfile(m.roleId()).stream()
                            .anyMatch(n -> n.skillId().equals(skill)
                                    && n.essential()
                                    && n.level() > m.state().levelOf(skill))
                    ? 1
                    : 0;
            ready += !ready(m, m.state()) && ready(m, after) ? 1 : 0;
            reachable += !planBefore.unreachable().isEmpty()
                            && planAfter.unreachable().isEmpty()
                    ? 1
                    : 0;
        }
        return new Figures(lacking, critical, Hours.round(hours), essential, ready, reachable);
    }

    SessionFigures session(List<Member> members, String module) {
        int onRoutes = 0;
        int helped = 0;
        double hours = 0;
        int ready = 0;
        int reachable = 0;
        for (Member m : members) {
            var levels = new HashMap<>(m.state().levels());
            var stale = new HashSet<>(m.state().needsRefresh());
            var self = new HashSet<>(m.state().selfAssessed());
            for (var t : snapshot.teaches(module)) {
                if (levels.getOrDefault(t.skillId(), 0) < t.level()) {
                    levels.put(t.skillId(), t.level());
                    stale.remove(t.skillId());
                    self.remove(t.skillId());
                }
            }
            var completed = new HashSet<>(m.state().completedModules());
            completed.add(module);
            var after = new LearnerState(levels, completed, stale, self);
            RoutePlan planBefore = plan(m, m.state());
            RoutePlan planAfter = plan(m, after);
            boolean onRoute =
                    planBefore.steps().stream().map(RouteStep::moduleId).anyMatch(module::equals);
            onRoutes += onRoute ? 1 : 0;
            hours += planBefore.totalHours() - planAfter.totalHours();
            boolean gainsReach = !planBefore.unreachable().isEmpty()
                    && planAfter.unreachable().isEmpty();
            helped += planAfter.totalHours() < planBefore.totalHours() || gainsReach ? 1 : 0;
            ready += !ready(m, m.state()) && ready(m, after) ? 1 : 0;
            reachable += gainsReach ? 1 : 0;
        }
        return new SessionFigures(onRoutes, helped, Hours.round(hours), ready, reachable);
    }

    /** Every skill some member lacks, with how many lack it. */
    Map<String, Integer> lacking(List<Member> members) {
        var counts = new HashMap<String, Integer>();
        members.forEach(m -> gapsOf(m).keySet().forEach(s -> counts.merge(s, 1, Integer::sum)));
        return counts;
    }

    /** Every module on some member's route. */
    Set<String> onRoutes(List<Member> members) {
        var modules = new HashSet<String>();
        for (Member m : members) {
            plan(m, m.state()).steps().forEach(s -> modules.add(s.moduleId()));
        }
        return modules;
    }

    static List<String> ids(List<Member> members) {
        var ids = new ArrayList<String>();
        members.forEach(m -> ids.add(m.id()));
        return ids;
    }
}
