package org.skillgraph.engine.route;

import java.util.List;
import java.util.Objects;

/**
 * One module of a route.
 *
 * @param index position in the route, from 0
 * @param closes skills that matter to the route (targets, prerequisites, entry requirements of other steps)
 *     this step raises
 * @param unlocks indices of later steps that could not start before this one: the step first reaches a level
 *     they need on entry
 * @param alternative the cheapest replacement keeping the route feasible, or {@code null} when none exists
 * @param repeat whether the learner completed this module before: a skill it teaches has decayed below the
 *     level it teaches, and taking it again wins the level back
 * @param repeatReason why the module is repeated, in words; {@code null} when it is not a repeat
 */
public record RouteStep(
        int index,
        String moduleId,
        String title,
        double hours,
        String modality,
        List<LevelChange> closes,
        List<Integer> unlocks,
        Alternative alternative,
        boolean repeat,
        String repeatReason) {

    public RouteStep {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(modality, "modality");
        closes = List.copyOf(closes);
        unlocks = List.copyOf(unlocks);
        if (repeat != (repeatReason != null)) {
            throw new IllegalArgumentException("a repeat needs its reason, and only a repeat has one");
        }
    }
}
