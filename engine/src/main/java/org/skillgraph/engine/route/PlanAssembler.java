package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillgraph.engine.budget.BudgetMeter;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleCatalog;
import org.skillgraph.engine.snapshot.ModuleInfo;

/**
 * Turns an ordered module set into explained steps: the real level changes (not just facts), which later
 * steps each one unlocks, and the cheapest feasible replacement for each while the plan's budget lasts (the
 * search for replacements is the costly part of a long route; once the work runs out later steps have none).
 */
final class PlanAssembler {

    private final CurriculumSnapshot snapshot;
    private final ModuleCatalog modules;
    private final LearnerLevels start;
    private final RouteProblem problem;
    private final Set<Integer> relevantSkills = new HashSet<>();
    private final Map<Integer, Integer> levels = new HashMap<>();
    private final FeasibilityCheck check;
    private final BudgetMeter meter;

    /** Steps left without an alternative because the budget ran out. */
    int alternativesSkipped;

    /** Target skill to the index of the step after which it holds its level (filled by {@link #steps}). */
    final Map<Integer, Integer> targetReachedAt = new HashMap<>();

    PlanAssembler(CurriculumSnapshot snapshot, LearnerLevels start, RouteProblem problem, BudgetMeter meter) {
        this.snapshot = snapshot;
        this.modules = snapshot.modules();
        this.start = start;
        this.problem = problem;
        this.check = new FeasibilityCheck(problem);
        this.meter = meter;
        for (int skill : problem.factSkill) {
            relevantSkills.add(skill);
        }
    }

    /** The current (real) level of a global skill while walking the steps. */
    int level(int skill) {
        return levels.getOrDefault(skill, start.level(skill));
    }

    List<RouteStep> steps(boolean[] chosen, List<Integer> order, List<int[]> targets, StepListener listener) {
        List<List<Integer>> unlocksOf = unlocks(order);
        Map<Integer, List<int[]>> targetsBySkill = new HashMap<>();
        for (int[] target : targets) {
            targetsBySkill
                    .computeIfAbsent(target[0], skill -> new ArrayList<>())
                    .add(target);
        }
        List<RouteStep> steps = new ArrayList<>(order.size());
        for (int index = 0; index < order.size(); index++) {
            int candidate = order.get(index);
            int module = problem.modules[candidate];
            ModuleInfo info = modules.module(module);
            List<LevelChange> closes = new ArrayList<>();
            List<Integer> raised = new ArrayList<>();
            for (int k = 0; k < modules.teachesCount(module); k++) {
                int skill = modules.teachesSkill(module, k);
                int before = level(skill);
                int after = modules.teachesLevel(module, k);
                if (after > before) {
                    levels.put(skill, after);
                    raised.add(skill);
                    if (relevantSkills.contains(skill)) {
                        closes.add(new LevelChange(snapshot.skillId(skill), snapshot.skillName(skill), before, after));
                    }
                }
            }
            // Levels move only on the skills a step raises, so after the first step only their targets can be met.
            if (index == 0) {
                targets.forEach(target -> reached(target, 0));
            } else {
                for (int skill : raised) {
                    for (int[] target : targetsBySkill.getOrDefault(skill, List.of())) {
                        reached(target, index);
                    }
                }
            }
            listener.afterStep(index, raised);
            steps.add(new RouteStep(
                    index,
                    info.id(),
                    info.title(),
                    info.hours(),
                    info.modality(),
                    closes,
                    unlocksOf.get(index),
                    alternative(chosen, candidate),
                    start.repeat(module),
                    repeatReason(module)));
        }
        return steps;
    }

    private void reached(int[] target, int index) {
        if (!targetReachedAt.containsKey(target[0]) && level(target[0]) >= target[1]) {
            targetReachedAt.put(target[0], index);
        }
    }

    /**
     * Per step, the later steps it unlocks: those entering on a fact this step reached first. Each fact is
     * reached first by exactly one step, so one pass over the later steps' entry facts finds them all, in
     * ascending order, instead of comparing every pair of steps.
     */
    private List<List<Integer>> unlocks(List<Integer> order) {
        int[] firstReachedBy = new int[problem.factCount()];
        Arrays.fill(firstReachedBy, -1);
        List<List<Integer>> unlocksOf = new ArrayList<>(order.size());
        for (int index = 0; index < order.size(); index++) {
            for (int fact : problem.effFacts[order.get(index)]) {
                if (firstReachedBy[fact] < 0) {
                    firstReachedBy[fact] = index;
                }
            }
            unlocksOf.add(new ArrayList<>());
        }
        for (int later = 0; later < order.size(); later++) {
            long[] entry = problem.pre[order.get(later)];
            for (int w = 0; w < entry.length; w++) {
                for (long word = entry[w]; word != 0; word &= word - 1) {
                    int earlier = firstReachedBy[w * 64 + Long.numberOfTrailingZeros(word)];
                    if (earlier >= 0 && earlier < later) {
                        List<Integer> unlocks = unlocksOf.get(earlier);
                        if (unlocks.isEmpty() || unlocks.get(unlocks.size() - 1).intValue() != later) {
                            unlocks.add(later);
                        }
                    }
                }
            }
        }
        return unlocksOf;
    }

    private String repeatReason(int module) {
        int skill = start.decayedSkill(module);
        if (skill < 0) {
            return null;
        }
        int taught = 0;
        for (int k = 0; k < modules.teachesCount(module); k++) {
            if (modules.teachesSkill(module, k) == skill) {
                taught = modules.teachesLevel(module, k);
            }
        }
        return "completed before, repeated because " + snapshot.skillName(skill) + " has decayed to level "
                + start.level(skill) + " (its evidence is older than the refresh period), below the level " + taught
                + " this module teaches";
    }

    /** Called after each step with the global skills it raised; levels already include them. */
    interface StepListener {
        void afterStep(int index, List<Integer> raisedSkills);
    }

    private Alternative alternative(boolean[] chosen, int replaced) {
        if (!meter.workLeft()) {
            alternativesSkipped++;
            return null;
        }
        int best = -1;
        boolean[] trial = chosen.clone();
        trial[replaced] = false;
        int[] members = Incidence.members(chosen, 1);
        for (int c : sharingAFact(replaced)) {
            if (chosen[c]) {
                continue;
            }
            trial[c] = true;
            members[members.length - 1] = c;
            if (!meter.spend(members.length)) {
                alternativesSkipped++;
                return null;
            }
            if (check.feasibleUsingAll(trial, members)) {
                best = c; // candidates ascend by hours, then id: the first fit is the cheapest
                break;
            }
            trial[c] = false;
        }
        if (best < 0) {
            return null;
        }
        ModuleInfo info = modules.module(problem.modules[best]);
        return new Alternative(
                info.id(), info.title(), info.hours(), ScheduleBuilder.round(info.hours() - problem.hours[replaced]));
    }

    /** The candidates reaching any fact {@code candidate} reaches, ascending (the order alternatives are tried in). */
    private int[] sharingAFact(int candidate) {
        BitSet sharing = new BitSet(problem.candidateCount());
        for (int fact : problem.effFacts[candidate]) {
            for (int other : problem.achievers[fact]) {
                sharing.set(other);
            }
        }
        return sharing.stream().toArray();
    }
}
