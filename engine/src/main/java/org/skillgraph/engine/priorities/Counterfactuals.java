package org.skillgraph.engine.priorities;

import java.util.HashMap;
import java.util.HashSet;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.SkillLevel;

/** A learner state as it would be after closing a gap or completing a module; pure. */
final class Counterfactuals {

    private Counterfactuals() {}

    /** {@code state} holding {@code skillId} at {@code level} at least, freshly evidenced. */
    static LearnerState holding(LearnerState state, String skillId, int level) {
        if (state.levelOf(skillId) >= level) {
            return state;
        }
        var levels = new HashMap<>(state.levels());
        levels.put(skillId, level);
        var stale = new HashSet<>(state.needsRefresh());
        stale.remove(skillId);
        var self = new HashSet<>(state.selfAssessed());
        self.remove(skillId);
        return new LearnerState(levels, state.completedModules(), stale, self);
    }

    /** {@code state} after completing {@code moduleId}: each taught skill at the taught level at least. */
    static LearnerState completing(CurriculumSnapshot snapshot, LearnerState state, String moduleId) {
        var after = state;
        for (SkillLevel taught : snapshot.teaches(moduleId)) {
            after = holding(after, taught.skillId(), taught.level());
        }
        var completed = new HashSet<>(after.completedModules());
        completed.add(moduleId);
        return new LearnerState(after.levels(), completed, after.needsRefresh(), after.selfAssessed());
    }

    /** Whether levels {@code taught} would raise one of {@code gaps} (by skill id) above its level in {@code state}. */
    static boolean raisesAny(
            LearnerState state, java.util.List<SkillLevel> taught, java.util.Map<String, Integer> gaps) {
        for (SkillLevel t : taught) {
            if (gaps.containsKey(t.skillId()) && t.level() > state.levelOf(t.skillId())) {
                return true;
            }
        }
        return false;
    }
}
