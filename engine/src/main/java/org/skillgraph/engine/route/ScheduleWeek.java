package org.skillgraph.engine.route;

import java.util.List;

/** One week of a schedule, numbered from 1, with the modules worked on in route order. */
public record ScheduleWeek(int week, List<ScheduledModule> modules, double hours) {

    public ScheduleWeek {
        modules = List.copyOf(modules);
    }
}
