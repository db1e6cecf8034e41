package org.skillgraph.engine.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * Completion and drop-off per module for the people a filter selects.
 *
 * @param dropOffDays an enrolment counts as dropped after this many days without a completion or attempt
 * @param people people the filter selected
 * @param modules every module at least one of them enrolled in, attempted or completed: most enrolled first
 */
public record ModuleMetricsReport(
        LocalDate asOf, MetricsFilter filter, int dropOffDays, int minGroupSize, Integer people, List<Module> modules) {

    public ModuleMetricsReport {
        modules = List.copyOf(modules);
    }

    /**
     * One module; with fewer than {@code minGroupSize} enrolled people every figure is {@code null}.
     *
     * @param enrolled people who enrolled, attempted or completed (an attempt or completion implies an enrolment)
     * @param completed of those, people who completed it
     * @param droppedOff enrolled, not completed, and no enrolment or attempt within the last {@code dropOffDays}
     * @param inProgress enrolled, neither completed nor dropped
     * @param completionRate completed ÷ enrolled
     * @param dropOffRate droppedOff ÷ enrolled
     * @param attempts recorded results (ATTEMPTED), passed or not
     * @param passRate passing attempts ÷ attempts; {@code null} without attempts
     * @param passedLearners people with a passing attempt
     * @param meanAttemptsToPass attempts up to and including the first pass, mean over {@code passedLearners}
     * @param medianAttemptsToPass the same, median
     */
    public record Module(
            String moduleId,
            String title,
            boolean suppressed,
            Integer enrolled,
            Integer completed,
            Integer inProgress,
            Integer droppedOff,
            Double completionRate,
            Double dropOffRate,
            Integer attempts,
            Double passRate,
            Integer passedLearners,
            Double meanAttemptsToPass,
            Double medianAttemptsToPass) {

        static Module suppressed(String moduleId, String title) {
            return new Module(moduleId, title, true, null, null, null, null, null, null, null, null, null, null, null);
        }
    }
}
