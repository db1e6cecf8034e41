package org.skillgraph.api.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.skillgraph.engine.metrics.GapCoverageReport;
import org.skillgraph.engine.metrics.ModuleMetricsReport;
import org.skillgraph.engine.metrics.RetentionReport;
import org.skillgraph.engine.metrics.TimeToCompetencyReport;
import org.skillgraph.engine.priorities.PrioritiesReport;

/**
 * The metrics as RFC 4180 CSV, one table per answer, with a header row; an undefined or suppressed figure is
 * an empty cell. Spreadsheets open it as is.
 */
final class MetricsCsv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private MetricsCsv() {}

    /** One summary row per group, then one row per distribution bucket ({@code row} says which). */
    static String timeToCompetency(TimeToCompetencyReport r) {
        var rows = new ArrayList<List<Object>>();
        for (var g : List.of(r.all(), r.coached(), r.notCoached())) {
            rows.add(Arrays.asList(
                    g.name(),
                    "summary",
                    null,
                    null,
                    g.suppressed(),
                    g.people(),
                    g.reached(),
                    g.censored(),
                    g.firstQuartileDays(),
                    g.medianDays(),
                    g.thirdQuartileDays()));
            for (var b : g.distribution()) {
                rows.add(Arrays.asList(
                        g.name(),
                        "bucket",
                        b.fromDay(),
                        b.toDay(),
                        false,
                        null,
                        b.reached(),
                        b.censored(),
                        null,
                        null,
                        null));
            }
        }
        return table(
                List.of(
                        "group",
                        "row",
                        "fromDay",
                        "toDay",
                        "suppressed",
                        "people",
                        "reached",
                        "censored",
                        "firstQuartileDays",
                        "medianDays",
                        "thirdQuartileDays"),
                rows);
    }

    static String modules(ModuleMetricsReport r) {
        var rows = new ArrayList<List<Object>>();
        for (var m : r.modules()) {
            rows.add(Arrays.asList(
                    m.moduleId(),
                    m.title(),
                    m.suppressed(),
                    m.enrolled(),
                    m.completed(),
                    m.inProgress(),
                    m.droppedOff(),
                    m.completionRate(),
                    m.dropOffRate(),
                    m.attempts(),
                    m.passRate(),
                    m.passedLearners(),
                    m.meanAttemptsToPass(),
                    m.medianAttemptsToPass()));
        }
        return table(
                List.of(
                        "moduleId",
                        "title",
                        "suppressed",
                        "enrolled",
                        "completed",
                        "inProgress",
                        "droppedOff",
                        "completionRate",
                        "dropOffRate",
                        "attempts",
                        "passRate",
                        "passedLearners",
                        "meanAttemptsToPass",
                        "medianAttemptsToPass"),
                rows);
    }

    static String retention(RetentionReport r) {
        var rows = new ArrayList<List<Object>>();
        for (var h : r.horizons()) {
            rows.add(Arrays.asList(h.days(), h.suppressed(), h.observed(), h.retained(), h.share(), h.people()));
        }
        return table(List.of("days", "suppressed", "observed", "retained", "share", "people"), rows);
    }

    static String gaps(GapCoverageReport r) {
        var rows = new ArrayList<List<Object>>();
        for (var s : r.skills()) {
            rows.add(Arrays.asList(
                    s.skillId(),
                    s.name(),
                    s.neededBy(),
                    s.lacking(),
                    s.share(),
                    s.essentialFor(),
                    s.meanGap(),
                    s.coachedLearners()));
        }
        return table(
                List.of(
                        "skillId",
                        "name",
                        "neededBy",
                        "lacking",
                        "share",
                        "essentialFor",
                        "meanGap",
                        "coachedLearners"),
                rows);
    }

    /**
     * One row per ranked skill, then one per module ({@code kind} says which), in rank order; {@code members} is
     * members lacking the skill, or whose route holds the module; {@code hoursSaved} a module's member-hours.
     */
    static String priorities(PrioritiesReport r) {
        var rows = new ArrayList<List<Object>>();
        for (var s : r.skills()) {
            rows.add(Arrays.asList(
                    "skill",
                    s.skillId(),
                    s.name(),
                    s.level(),
                    null,
                    s.members(),
                    s.criticalFor(),
                    null,
                    s.hoursSaved(),
                    s.essentialGapsClosed(),
                    s.becomeReady(),
                    s.becomeAbleToReach(),
                    s.explanation()));
        }
        for (var m : r.modules()) {
            rows.add(Arrays.asList(
                    "module",
                    m.moduleId(),
                    m.title(),
                    null,
                    m.hours(),
                    m.onRoutes(),
                    null,
                    m.membersHelped(),
                    m.memberHoursRemoved(),
                    null,
                    m.becomeReady(),
                    m.becomeAbleToReach(),
                    m.explanation()));
        }
        return table(
                List.of(
                        "kind",
                        "id",
                        "name",
                        "level",
                        "hours",
                        "members",
                        "criticalFor",
                        "membersHelped",
                        "hoursSaved",
                        "essentialGapsClosed",
                        "becomeReady",
                        "becomeAbleToReach",
                        "explanation"),
                rows);
    }

    private static String table(List<String> header, List<List<Object>> rows) {
        // CSVFormat prints records itself; CSVPrinter would add nothing here but a try block.
        var out = new StringWriter();
        try {
            FORMAT.printRecord(out, header.toArray());
            for (var row : rows) {
                FORMAT.printRecord(out, row.toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
