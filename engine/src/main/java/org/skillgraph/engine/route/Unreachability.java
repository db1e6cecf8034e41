package org.skillgraph.engine.route;

import java.util.List;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleCatalog;
import org.skillgraph.engine.snapshot.ModuleInfo;

/** Explains why a target level lies outside what the allowed modules can reach. */
final class Unreachability {

    private final CurriculumSnapshot snapshot;
    private final ModuleCatalog modules;
    private final LearnerLevels start;
    private final CandidateClosure closure;
    private final CandidateGraph everything;

    Unreachability(
            CurriculumSnapshot snapshot, LearnerLevels start, CandidateClosure closure, CandidateGraph everything) {
        this.snapshot = snapshot;
        this.modules = snapshot.modules();
        this.start = start;
        this.closure = closure;
        this.everything = everything;
    }

    UnreachableTarget explain(int skill, int level) {
        // "Somewhere" the learner could still go: published and not completed for good.
        boolean taughtSomewhere = false;
        int cheapestAllowed = -1;
        for (int k = 0; k < modules.teacherCount(skill) && cheapestAllowed < 0; k++) {
            int module = modules.teacher(skill, k);
            ModuleInfo info = modules.module(module);
            if (modules.teacherLevel(skill, k) >= level && info.published() && !start.completed(module)) {
                taughtSomewhere = true;
                if (closure.eligible(module)) {
                    cheapestAllowed = module;
                }
            }
        }
        UnreachableReason reason = !taughtSomewhere
                ? UnreachableReason.NO_MODULE_TEACHES_LEVEL
                : cheapestAllowed < 0
                        ? UnreachableReason.EXCLUDED_BY_PREFERENCES
                        : UnreachableReason.PREREQUISITE_UNREACHABLE;
        int[] blocking = cheapestAllowed < 0 ? null : firstUnreached(closure.conditions.get(cheapestAllowed));
        return new UnreachableTarget(
                snapshot.skillId(skill),
                snapshot.skillName(skill),
                level,
                reachableLevel(skill),
                reason,
                blocking == null ? null : snapshot.skillId(blocking[0]),
                blocking == null ? 0 : blocking[1]);
    }

    private int[] firstUnreached(List<int[]> conditions) {
        for (int[] condition : conditions) {
            int fact = everything.fact(condition[0], condition[1]);
            if (fact >= 0 && !everything.factReached[fact]) {
                return condition;
            }
        }
        return null;
    }

    private int reachableLevel(int skill) {
        int best = start.level(skill);
        for (int k = 0; k < modules.teacherCount(skill); k++) {
            int candidate = everything.candidate(modules.teacher(skill, k));
            if (candidate >= 0 && everything.applied[candidate]) {
                best = Math.max(best, modules.teacherLevel(skill, k));
            }
        }
        return best;
    }
}
