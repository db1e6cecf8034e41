package org.skillgraph.engine.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.skillgraph.engine.learner.Learner;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.route.RoutePreferences;
import org.skillgraph.engine.route.UnreachableTarget;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;

/**
 * Dead ends learners can see: people whose target role needs a level no route from their current (decayed)
 * levels and completed modules reaches with the published modules. One finding per role, skill and level, with
 * how many people are stuck there.
 */
final class LearnerDeadEnds {

    private LearnerDeadEnds() {}

    static void find(CurriculumSnapshot snapshot, List<Learner> learners, RoutePlanner planner, List<Finding> out) {
        Map<String, List<String>> stuck = new TreeMap<>();
        Map<String, UnreachableTarget> targets = new TreeMap<>();
        Map<String, String> roles = new TreeMap<>();
        for (Learner learner : learners) {
            String role = learner.targetRoleId();
            if (role == null || snapshot.roles().role(role).isEmpty()) {
                continue;
            }
            for (UnreachableTarget target :
                    planner.unreachableForRole(snapshot, learner.state(), role, RoutePreferences.defaults())) {
                String key = role + "\n" + target.skillId() + "\n" + target.requiredLevel();
                stuck.computeIfAbsent(key, k -> new ArrayList<>()).add(learner.personId());
                targets.putIfAbsent(key, target);
                roles.putIfAbsent(key, role);
            }
        }
        stuck.forEach((key, people) -> {
            UnreachableTarget target = targets.get(key);
            String role = roles.get(key);
            List<String> sorted = people.stream().sorted().toList();
            out.add(new Finding(
                    Finding.KIND_LEARNER_DEAD_END,
                    Finding.ERROR,
                    List.of(role, target.skillId()),
                    sorted.size() + (sorted.size() == 1 ? " person targets" : " people target") + " role " + role
                            + ", which needs " + target.skillId() + " at level " + target.requiredLevel()
                            + ", but no route from their current levels reaches it with the published modules ("
                            + reason(target) + ")",
                    "Publish a module that takes a learner to " + target.skillId() + " level "
                            + target.requiredLevel() + " from where they stand (a refresher, or one without the"
                            + " blocking entry requirement), or lower the requirement",
                    new AffectedPeople(
                            sorted.size(), sorted.subList(0, Math.min(AffectedPeople.SAMPLE_SIZE, sorted.size())))));
        });
    }

    private static String reason(UnreachableTarget target) {
        return switch (target.reason()) {
            case NO_MODULE_TEACHES_LEVEL -> "no module they may still take teaches it to that level";
            case PREREQUISITE_UNREACHABLE ->
                "the modules teaching it need " + target.blockingSkillId() + " at level " + target.blockingLevel()
                        + ", which they cannot reach";
            case EXCLUDED_BY_PREFERENCES -> "every module teaching it is excluded";
        };
    }
}
