package org.skillgraph.api.cli;

import java.time.Duration;
import org.skillgraph.engine.budget.PlanningBudget;
import picocli.CommandLine.Option;

/** What one planning request may ask for and spend: {@code serve}'s {@code --plan-*} options. */
final class PlanningOptions {

    @Option(
            names = "--plan-max-targets",
            defaultValue = "" + PlanningBudget.DEFAULT_MAX_TARGETS,
            description = "Most target skills a route or gap request may name; more is refused with 400"
                    + " too-many-targets (default: ${DEFAULT-VALUE}).")
    int maxTargets;

    @Option(
            names = "--plan-search-nodes",
            defaultValue = "" + PlanningBudget.DEFAULT_SEARCH_NODES,
            description = "Nodes the exact route search may expand per plan before the heuristic route stands"
                    + " (default: ${DEFAULT-VALUE}).")
    long searchNodes;

    @Option(
            names = "--plan-work",
            defaultValue = "" + PlanningBudget.DEFAULT_WORK,
            description = "Work units (modules walked by feasibility checks) per plan for improving a route and"
                    + " finding alternatives (default: ${DEFAULT-VALUE}).")
    long work;

    @Option(
            names = "--plan-time-limit-ms",
            defaultValue = "5000",
            description = "Wall-clock backstop per plan in milliseconds; the counted limits above normally stop"
                    + " a plan first (default: ${DEFAULT-VALUE}).")
    long timeLimitMillis;

    /**
     * The budget these options describe.
     *
     * @throws IllegalArgumentException naming the option that is out of range
     */
    PlanningBudget budget() {
        check(maxTargets, "--plan-max-targets");
        check(searchNodes, "--plan-search-nodes");
        check(work, "--plan-work");
        check(timeLimitMillis, "--plan-time-limit-ms");
        return new PlanningBudget(maxTargets, searchNodes, work, Duration.ofMillis(timeLimitMillis));
    }

    private static void check(long value, String option) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, was " + value);
        }
    }
}
