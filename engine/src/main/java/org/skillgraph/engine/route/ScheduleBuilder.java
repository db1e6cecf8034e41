package org.skillgraph.engine.route;

import java.util.ArrayList;
import java.util.List;

/** Lays steps out over weeks of fixed capacity, in order, splitting a module across weeks when needed. */
final class ScheduleBuilder {

    private final double weeklyHours;
    private final List<ScheduleWeek> weeks = new ArrayList<>();
    private final List<ScheduledModule> current = new ArrayList<>();
    private double used;

    private ScheduleBuilder(double weeklyHours) {
        this.weeklyHours = weeklyHours;
    }

    /** The weeks, and for each step (by index) the week it completes in. */
    record Layout(List<ScheduleWeek> weeks, int[] completionWeek) {}

    static Layout layOut(List<RouteStep> steps, double weeklyHours) {
        ScheduleBuilder builder = new ScheduleBuilder(weeklyHours);
        int[] completion = new int[steps.size()];
        for (RouteStep step : steps) {
            completion[step.index()] = builder.add(step.moduleId(), step.hours());
        }
        builder.closeWeek();
        return new Layout(List.copyOf(builder.weeks), completion);
    }

    /** Adds a module's hours, returning the week it completes in. */
    private int add(String moduleId, double hours) {
        double remaining = hours;
        while (true) {
            double room = weeklyHours - used;
            if (room <= Cost.EPSILON) {
                closeWeek();
                continue;
            }
            double spent = Math.min(room, remaining);
            remaining -= spent;
            used += spent;
            boolean completes = remaining <= Cost.EPSILON;
            current.add(new ScheduledModule(moduleId, round(spent), completes));
            if (completes) {
                return weeks.size() + 1;
            }
        }
    }

    private void closeWeek() {
        if (!current.isEmpty()) {
            weeks.add(new ScheduleWeek(weeks.size() + 1, current, round(used)));
        }
        current.clear();
        used = 0;
    }

    static double round(double hours) {
        return Math.round(hours * 1_000_000) / 1_000_000.0;
    }
}
