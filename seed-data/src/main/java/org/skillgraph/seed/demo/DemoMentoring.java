package org.skillgraph.seed.demo;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillgraph.seed.bundle.Bundle;

/**
 * The demo organisation's mentoring history, derived from the demo bundle in a fixed way, so it is the same on every
 * load: every third learner with a target role and a gap had a pair some months ago (completed, or ended early), with
 * goals on the gap skills their coach holds and a check-in every three weeks; the demo's active coaching pairs get
 * goals and check-ins too, some of them quiet for over a month. Dates are relative to the day of loading. The people
 * the documented examples show most ({@link #UNTOUCHED}) have none, so their answers stay as they were.
 */
public final class DemoMentoring {

    /** The demo learner and the coach-search example's learner. */
    static final Set<String> UNTOUCHED = Set.of("p-008", "p-042");

    private static final List<String> NOTES = List.of(
            "Walked through a real case from the team's backlog",
            "Reviewed the practice exercise together",
            "Agreed on a small project to try the skill on",
            "Discussed feedback from the last review",
            "Paired on a task for an hour");

    private DemoMentoring() {}

    /** The rows of {@code mentoring/demo-history}: historical pairs first, then the active ones. */
    public static List<Map<String, Object>> pairs(Bundle bundle, LocalDate today) {
        var needs = new HashMap<String, List<Bundle.Need>>();
        bundle.roles().forEach(r -> needs.put(r.id(), r.needs()));
        var people = bundle.people().stream()
                .sorted(Comparator.comparing(Bundle.Person::id))
                .toList();
        var coaches = people.stream()
                .filter(p -> p.coaching() != null && p.coaching().optIn())
                .toList();
        var rows = new ArrayList<Map<String, Object>>();
        int k = 0;
        for (var learner : people) {
            if (learner.targetRole() == null || UNTOUCHED.contains(learner.id())) {
                continue;
            }
            var start = today.minusDays(75 + (k * 53L) % 330);
            var gap = gap(learner, needs.getOrDefault(learner.targetRole(), List.of()), start);
            if (gap.isEmpty() || k++ % 3 != 0) {
                continue;
            }
            var coach = coachFor(coaches, learner, gap, k);
            if (coach == null) {
                continue;
            }
            var goals = gap.stream().filter(n -> holds(coach, n)).limit(2).toList();
            var end = start.plusDays(60 + (k * 17L) % 90);
            if (!end.isBefore(today)) {
                end = today.minusDays(1);
            }
            boolean completed = k % 4 != 3;
            var id = String.format("mtr-demo-%03d", rows.size() + 1);
            rows.add(pair(
                    id,
                    coach.id(),
                    learner,
                    goals,
                    start,
                    end,
                    completed ? "completed" : "ended",
                    completed ? null : "the learner moved to another team",
                    start.plusDays(90)));
        }
        for (var coach : people) {
            for (var active : coach.coaches()) {
                if (UNTOUCHED.contains(active.learner()) || UNTOUCHED.contains(coach.id()) || active.since() == null) {
                    continue;
                }
                var learner = people.stream()
                        .filter(p -> p.id().equals(active.learner()))
                        .findFirst()
                        .orElse(null);
                if (learner == null || learner.targetRole() == null) {
                    continue;
                }
                var goals = gap(learner, needs.getOrDefault(learner.targetRole(), List.of()), today).stream()
                        .filter(n -> active.skills().contains(n.skill()))
                        .limit(2)
                        .toList();
                var id = String.format("mtr-demo-%03d", rows.size() + 1);
                // Every third active pair went quiet six weeks ago: the coordinators' due list has something to show.
                var lastDay = rows.size() % 3 == 0 ? today.minusDays(42) : today.minusDays(1);
                rows.add(pair(
                        id,
                        coach.id(),
                        learner,
                        goals,
                        active.since(),
                        lastDay,
                        "active",
                        null,
                        active.since().plusDays(120)));
            }
        }
        return rows;
    }

    private static Map<String, Object> pair(
            String id,
            String coach,
            Bundle.Person learner,
            List<Bundle.Need> goals,
            LocalDate start,
            LocalDate last,
            String state,
            String reason,
            LocalDate targetDate) {
        var row = new HashMap<String, Object>();
        row.put("id", id);
        row.put("coach", coach);
        row.put("learner", learner.id());
        row.put("state", state);
        row.put("skills", goals.stream().map(Bundle.Need::skill).toList());
        var requested = start.minusDays(3).atTime(9, 0).atZone(ZoneOffset.UTC);
        row.put("requestedAt", requested);
        row.put("expiresAt", requested.plusDays(14));
        row.put("decidedAt", start.atTime(10, 0).atZone(ZoneOffset.UTC));
        row.put("startedOn", start);
        row.put("endedOn", "active".equals(state) ? null : last);
        row.put("reason", reason);
        var goalRows = new ArrayList<Map<String, Object>>();
        for (int g = 0; g < goals.size(); g++) {
            var need = goals.get(g);
            goalRows.add(Map.of(
                    "id",
                    id.replace("mtr-", "goal-") + "-" + (g + 1),
                    "skillId",
                    need.skill(),
                    "startLevel",
                    level(learner, need.skill(), start),
                    "targetLevel",
                    need.level(),
                    "targetDate",
                    targetDate,
                    "createdOn",
                    start));
        }
        row.put("goals", goalRows);
        var checkIns = new ArrayList<Map<String, Object>>();
        int n = 0;
        for (var day = start.plusDays(7); !day.isAfter(last); day = day.plusDays(21)) {
            n++;
            int minutes = 30 + 15 * (n % 3);
            var check = new HashMap<String, Object>();
            check.put("id", id.replace("mtr-", "chk-") + "-" + n);
            check.put("on", day);
            check.put("by", n % 2 == 1 ? "coach" : "learner");
            check.put("note", NOTES.get(n % NOTES.size()));
            check.put("minutes", minutes);
            check.put(
                    "progressGoals",
                    goalRows.stream().map(g -> (String) g.get("id")).toList());
            check.put(
                    "progressPercents",
                    goalRows.stream()
                            .map(g -> Math.min(100, 20 * checkIns.size() + 20))
                            .toList());
            check.put("recordedAt", day.atTime(17, 0).atZone(ZoneOffset.UTC));
            checkIns.add(check);
        }
        row.put("checkIns", checkIns);
        return row;
    }

    /** The target role's needs the learner lacked on {@code day}, most important first. */
    private static List<Bundle.Need> gap(Bundle.Person learner, List<Bundle.Need> needs, LocalDate day) {
        return needs.stream()
                .filter(n -> level(learner, n.skill(), day) < n.level())
                .sorted(Comparator.comparingInt(Bundle.Need::importance)
                        .reversed()
                        .thenComparing(Bundle.Need::skill))
                .toList();
    }

    /** The k-th (round) opted-in colleague holding the first gap skill at the level needed and at least 3. */
    private static Bundle.Person coachFor(
            List<Bundle.Person> coaches, Bundle.Person learner, List<Bundle.Need> gap, int k) {
        var able = coaches.stream()
                .filter(c -> !c.id().equals(learner.id()) && !c.id().equals(learner.manager()))
                .filter(c -> !UNTOUCHED.contains(c.id()))
                .filter(c -> holds(c, gap.get(0)))
                .toList();
        return able.isEmpty() ? null : able.get(k % able.size());
    }

    private static boolean holds(Bundle.Person coach, Bundle.Need need) {
        return coach.holds().stream()
                .anyMatch(h -> h.skill().equals(need.skill()) && h.level() >= Math.max(3, need.level()));
    }

    /** The highest level the bundle shows for the skill on or before {@code day}. */
    static int level(Bundle.Person person, String skill, LocalDate day) {
        int level = 0;
        for (var h : person.holds()) {
            if (h.skill().equals(skill) && h.at() != null && !h.at().isAfter(day)) {
                level = Math.max(level, h.level());
            }
        }
        for (var e : person.evidence()) {
            if (e.skill().equals(skill) && e.at() != null && !e.at().isAfter(day)) {
                level = Math.max(level, e.level());
            }
        }
        return level;
    }
}
