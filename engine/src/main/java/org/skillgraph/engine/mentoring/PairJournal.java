package org.skillgraph.engine.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.coach.CoachNeed;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.ids.TimeOrderedIds;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * What an active pair works on and how it goes: goals on the learner's gap skills (suggested from the gap), check-ins
 * by either side, the pair's timeline, and the pairs that are due for attention.
 */
public final class PairJournal {

    /** Longest note a check-in keeps. */
    public static final int MAX_NOTE = 4_000;

    private final GraphClient graph;
    private final MentoringService mentoring;
    private final CoachingService coaching;
    private final Clock clock;
    private final TimeOrderedIds goalIds;
    private final TimeOrderedIds checkInIds;

    public PairJournal(GraphClient graph, MentoringService mentoring, CoachingService coaching, Clock clock) {
        this.graph = graph;
        this.mentoring = mentoring;
        this.coaching = coaching;
        this.clock = clock;
        this.goalIds = TimeOrderedIds.of("goal-", clock);
        this.checkInIds = TimeOrderedIds.of("chk-", clock);
    }

    /** A goal the learner's gap suggests: the level their target role needs, by the goal horizon. */
    public record SuggestedGoal(String skillId, String name, int startLevel, int targetLevel, LocalDate targetDate) {}

    /**
     * Goals for the pair's skills in the learner's gap (every gap skill when the pair names none), those with a goal
     * already left out.
     */
    public List<SuggestedGoal> suggestions(String personId, String id) {
        var pair = mentoring.get(personId, id);
        var taken = new HashSet<String>();
        pair.goals().forEach(g -> taken.add(g.skillId()));
        var by = LocalDate.now(clock).plusDays(mentoring.settings().goalHorizonDays());
        return gap(pair.learner().id()).stream()
                .filter(n -> pair.skills().isEmpty() || pair.skills().contains(n.skillId()))
                .filter(n -> !taken.contains(n.skillId()))
                .map(n -> new SuggestedGoal(n.skillId(), n.name(), n.learnerLevel(), n.requiredLevel(), by))
                .toList();
    }

    /**
     * Sets a goal on one of the learner's gap skills.
     *
     * @throws InvalidRequestException by pointer: a skill outside the gap, a target level not above the learner's, a
     *     target date in the past
     * @throws ConflictException {@code pair-not-active}, {@code goal-exists}
     */
    public Goal addGoal(String personId, String id, String skillId, int targetLevel, LocalDate targetDate) {
        var pair = requireActive(personId, id);
        var today = LocalDate.now(clock);
        var need = gap(pair.learner().id()).stream()
                .filter(n -> n.skillId().equals(skillId))
                .findFirst()
                .orElseThrow(() -> InvalidRequestException.of(
                        "/skillId", "'" + skillId + "' is not in the learner's gap for their target role"));
        var errors = new ArrayList<FieldError>();
        if (targetLevel <= need.learnerLevel() || targetLevel > 5) {
            errors.add(new FieldError(
                    "/targetLevel", "a level above the learner's " + need.learnerLevel() + ", at most 5"));
        }
        if (targetDate.isBefore(today)) {
            errors.add(new FieldError("/targetDate", "today or later"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "The goal is invalid", errors);
        }
        if (pair.goals().stream().anyMatch(g -> g.skillId().equals(skillId))) {
            throw new ConflictException("goal-exists", "The pair already has a goal for " + skillId);
        }
        var goal = new Goal(goalIds.next(), skillId, need.learnerLevel(), targetLevel, targetDate, today);
        var props = new HashMap<String, Object>();
        props.put("id", goal.id());
        props.put("skillId", skillId);
        props.put("startLevel", goal.startLevel());
        props.put("targetLevel", targetLevel);
        props.put("targetDate", targetDate);
        props.put("createdOn", today);
        graph.write(tx -> tx.run(
                        CypherResources.statement("mentoring/goal-create"), Map.of("mentorship", id, "goal", props))
                .consume());
        return goal;
    }

    /**
     * Records a check-in.
     *
     * @param byStaff a coordinator records it (else the side {@code personId} is: coach or learner)
     * @throws InvalidRequestException by pointer: a date before the pair or after today, progress on a goal the pair
     *     does not have
     */
    public CheckIn checkIn(
            String personId,
            String id,
            boolean byStaff,
            LocalDate on,
            String note,
            int minutes,
            List<CheckIn.Progress> progress) {
        var pair = requireActive(personId, id);
        var by = byStaff ? "coordinator" : pair.coach().id().equals(personId) ? "coach" : "learner";
        var errors = new ArrayList<FieldError>();
        if (on.isAfter(LocalDate.now(clock)) || on.isBefore(pair.startedOn())) {
            errors.add(new FieldError("/on", "a day from the pair's start (" + pair.startedOn() + ") to today"));
        }
        var goals = new HashSet<String>();
        pair.goals().forEach(g -> goals.add(g.id()));
        for (int i = 0; i < progress.size(); i++) {
            if (!goals.contains(progress.get(i).goalId())) {
                errors.add(new FieldError("/progress/" + i + "/goalId", "not a goal of this pair"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("invalid-body", "The check-in is invalid", errors);
        }
        var checkIn = new CheckIn(checkInIds.next(), on, by, note, minutes, progress);
        var props = new HashMap<String, Object>();
        props.put("id", checkIn.id());
        props.put("on", on);
        props.put("by", by);
        props.put("note", note);
        props.put("minutes", minutes);
        props.put(
                "progressGoals", progress.stream().map(CheckIn.Progress::goalId).toList());
        props.put(
                "progressPercents",
                progress.stream().map(CheckIn.Progress::percent).toList());
        props.put("recordedAt", clock.instant().atZone(java.time.ZoneOffset.UTC));
        graph.write(tx -> tx.run(
                        CypherResources.statement("mentoring/check-in-create"),
                        Map.of("mentorship", id, "checkIn", props))
                .consume());
        return checkIn;
    }

    /** The pair's check-ins and the learner's evidence on the goal skills, oldest first. */
    public Timeline timeline(String personId, String id) {
        var pair = mentoring.get(personId, id);
        var entries = new ArrayList<Timeline.Entry>();
        graph.readOptional(CypherResources.statement("mentoring/timeline"), Map.of("id", id), r -> {
            r.get("checkIns").asList(MentoringRows::checkIn).forEach(c -> entries.add(Timeline.Entry.of(c)));
            r.get("evidence")
                    .asList(e -> e)
                    .forEach(e -> entries.add(new Timeline.Entry(
                            MentoringRows.day(e.get("at")),
                            "evidence",
                            org.skillgraph.engine.neo4j.Rows.string(e.get("id")),
                            null,
                            null,
                            null,
                            List.of(),
                            e.get("skill").asString(),
                            org.skillgraph.engine.neo4j.Rows.integer(e.get("level")),
                            org.skillgraph.engine.neo4j.Rows.string(e.get("source")))));
            return true;
        });
        entries.removeIf(e -> e.on() == null);
        entries.sort(Comparator.comparing(Timeline.Entry::on)
                .thenComparing(Timeline.Entry::kind)
                .thenComparing(e -> e.id() == null ? "" : e.id()));
        return new Timeline(pair.id(), pair.state(), pair.startedOn(), pair.endedOn(), pair.goals(), entries);
    }

    private Mentorship requireActive(String personId, String id) {
        var pair = mentoring.get(personId, id);
        if (!Mentorship.ACTIVE.equals(pair.state())) {
            throw new ConflictException(
                    "pair-not-active", "The pair is " + pair.state() + ", not active; nothing was written");
        }
        return pair;
    }

    private List<CoachNeed> gap(String learnerId) {
        return coaching.coachesFor(learnerId, null, Map.of(), 1).gaps();
    }
}
