package org.skillgraph.api.http.mentoring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.skillgraph.api.app.MentoringServices;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.CoachRequestHandles;
import org.skillgraph.api.http.Json;
import org.skillgraph.api.http.QueryParams;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.AccessDeniedException;
import org.skillgraph.api.http.auth.AuditRecorder;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.engine.mentoring.CoachingOutcomes;
import org.skillgraph.engine.mentoring.DuePairs;
import org.skillgraph.engine.mentoring.MentoringService;
import org.skillgraph.engine.mentoring.PairJournal;
import org.skillgraph.engine.mentoring.PreferenceStore;
import org.skillgraph.engine.metrics.MetricsFilter;

/**
 * Coaching requests and the pairs they become, under the person who is a side of them: the learner (or a coordinator)
 * asks, only the named coach accepts or declines with their own token, either side or a coordinator sets goals,
 * records check-ins and ends the pair. Coordinators send cohort proposals and read what is due;
 * the outcome metrics name no one.
 */
public final class MentoringController {

    private static final String PAIR = "/api/v1/people/{id}/mentorships/{mentorshipId}";

    private final MentoringService mentoring;
    private final PairJournal journal;
    private final DuePairs due;
    private final CoachingOutcomes outcomes;
    private final PreferenceStore preferences;
    private final ObjectMapper mapper;

    public MentoringController(MentoringServices services, ObjectMapper mapper) {
        this.mentoring = services.requests();
        this.journal = services.journal();
        this.due = services.due();
        this.outcomes = services.outcomes();
        this.preferences = services.preferences();
        this.mapper = mapper;
    }

    /** The handles learners' coach rankings carry, so a learner can request a suggested coach by its handle. */
    public CoachRequestHandles handles() {
        return (learnerId, coachId, skills) -> mentoring.handles().issue(learnerId, coachId, skills);
    }

    public void register(ApiRoutes routes) {
        var side = Access.learnerOrStaff("id");
        routes.post("/api/v1/people/{id}/coaching-requests", side, this::request);
        routes.get("/api/v1/people/{id}/mentorships", side, this::list);
        routes.get(PAIR, side, ctx -> ctx.json(mentoring.get(person(ctx), pairId(ctx))));
        routes.post(PAIR + "/accept", Access.learnerOnly("id"), this::accept);
        routes.post(PAIR + "/decline", Access.learnerOnly("id"), this::decline);
        routes.post(PAIR + "/withdraw", side, this::withdraw);
        routes.post(PAIR + "/complete", side, ctx -> close(ctx, true));
        routes.post(PAIR + "/end", side, ctx -> close(ctx, false));
        routes.get(
                PAIR + "/goal-suggestions",
                side,
                ctx -> ctx.json(new Items<>(journal.suggestions(person(ctx), pairId(ctx)))));
        routes.post(PAIR + "/goals", side, this::addGoal);
        routes.post(PAIR + "/check-ins", side, this::checkIn);
        routes.get(PAIR + "/timeline", side, ctx -> ctx.json(journal.timeline(person(ctx), pairId(ctx))));
        routes.get("/api/v1/people/{id}/coaching-preferences", side, ctx -> ctx.json(preferences.get(person(ctx))));
        routes.put("/api/v1/people/{id}/coaching-preferences", side, this::setPreferences);
        routes.post("/api/v1/cohorts/{id}/coach-proposals", Access.PEOPLE, this::propose);
        routes.get("/api/v1/coaching/due", Access.PEOPLE, this::due);
        routes.get("/api/v1/metrics/coaching-outcomes", Access.AGGREGATES, this::outcomes);
    }

    private void request(Context ctx) throws IOException {
        var body = Json.object(mapper, ctx, Bodies.CoachingRequestBody.class);
        body.validate();
        var learnerId = person(ctx);
        var created = body.handle() == null
                ? mentoring.request(learnerId, body.coachId().strip(), body.skills(), body.message(), isLearner(ctx))
                : mentoring.requestByHandle(learnerId, body.handle().strip(), body.message(), isLearner(ctx));
        // The audit names the coach, whom a request by handle does not name in its path or body.
        AuditRecorder.subjects(ctx, created.coach().id());
        ctx.header("Location", "/api/v1/people/" + learnerId + "/mentorships/" + created.id());
        ctx.status(201).json(created);
    }

    private void list(Context ctx) {
        var params = new QueryParams(ctx);
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(mentoring.of(person(ctx), limit, cursor));
    }

    private void withdraw(Context ctx) throws IOException {
        var personId = person(ctx);
        var request = mentoring.get(personId, pairId(ctx));
        if (request.coach().id().equals(personId)) {
            throw AccessDeniedException.forbidden(
                    "The coach answers a request by declining it; only the learner or a coordinator withdraws it,"
                            + " under the learner's id");
        }
        ctx.json(mentoring.withdraw(personId, pairId(ctx), reason(ctx)));
    }

    private void accept(Context ctx) {
        ctx.json(mentoring.accept(person(ctx), pairId(ctx)));
    }

    private void decline(Context ctx) throws IOException {
        ctx.json(mentoring.decline(person(ctx), pairId(ctx), reason(ctx)));
    }

    private void close(Context ctx, boolean completed) throws IOException {
        ctx.json(mentoring.close(person(ctx), pairId(ctx), completed, reason(ctx)));
    }

    private void addGoal(Context ctx) throws IOException {
        var body = Json.object(mapper, ctx, Bodies.GoalBody.class);
        body.validate();
        var goal = journal.addGoal(
                person(ctx), pairId(ctx), body.skillId().strip(), body.targetLevel(), body.targetDate());
        ctx.status(201).json(goal);
    }

    private void checkIn(Context ctx) throws IOException {
        var body = Json.object(mapper, ctx, Bodies.CheckInBody.class);
        body.validate();
        var checkIn = journal.checkIn(
                person(ctx), pairId(ctx), !isLearner(ctx), body.on(), body.note(), body.minutes(), body.progressList());
        ctx.status(201).json(checkIn);
    }

    private void setPreferences(Context ctx) throws IOException {
        var body = Json.object(mapper, ctx, Bodies.PreferencesBody.class);
        ctx.json(preferences.put(person(ctx), body.preferences()));
    }

    private void propose(Context ctx) {
        var params = new QueryParams(ctx);
        var role = params.text("role");
        params.validate();
        ctx.json(mentoring.proposeCohort(ctx.pathParam("id"), role));
    }

    private void due(Context ctx) {
        var params = new QueryParams(ctx);
        var days = params.integer("days", 1, 3650);
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        int quiet = days == null ? mentoring.settings().dueAfterDays() : days;
        var page = due.due(quiet, limit, cursor);
        ctx.json(new DueList(quiet, page.items(), page.nextCursor()));
    }

    private void outcomes(Context ctx) {
        var params = new QueryParams(ctx);
        var filter = new MetricsFilter(params.text("role"), params.text("cohort"), params.text("department"));
        params.validate();
        ctx.json(outcomes.report(filter));
    }

    /** A list answer. */
    record Items<T>(List<T> items) {}

    /** A page of the due pairs with the number of quiet days that makes a pair due. */
    record DueList(int days, List<DuePairs.Due> items, String nextCursor) {}

    /** An optional {@code {"reason": …}} body. */
    private String reason(Context ctx) throws IOException {
        if (ctx.bodyAsBytes().length == 0) {
            return null;
        }
        var body = Json.object(mapper, ctx, Bodies.ReasonBody.class);
        body.validate();
        return body.reason();
    }

    private static String person(Context ctx) {
        return ctx.pathParam("id");
    }

    private static String pairId(Context ctx) {
        return ctx.pathParam("mentorshipId");
    }

    private static boolean isLearner(Context ctx) {
        return Caller.of(ctx).map(Caller::isLearner).orElse(false);
    }
}
