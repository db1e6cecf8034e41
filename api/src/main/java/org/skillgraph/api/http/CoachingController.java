package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.engine.coach.CoachingService;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/** Peer coaching: coaches for a learner or a skill, cohort assignment, and coaching pairs. */
final class CoachingController {

    static final int DEFAULT_K = 5;
    static final int MAX_K = 50;
    static final int DEFAULT_SKILL_K = 20;

    private final CoachingService coaching;
    private final ObjectMapper mapper;
    private final LearnerViews views;
    private final CoachRequestHandles handles;

    CoachingController(CoachingService coaching, ObjectMapper mapper, CoachRequestHandles handles) {
        this.coaching = coaching;
        this.mapper = mapper;
        this.views = new LearnerViews(mapper);
        this.handles = handles;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/people/{id}/coaches", Access.learnerOrStaff("id"), this::coachesForPerson);
        routes.get("/api/v1/skills/{id}/coaches", Access.PEOPLE, this::coachesOfSkill);
        routes.post("/api/v1/cohorts/{id}/coach-assignment", Access.PEOPLE, this::assignCohort);
        routes.post("/api/v1/coach-assignment", Access.PEOPLE, this::assignLearners);
        routes.post("/api/v1/people/{coachId}/coaching/{learnerId}", Access.PEOPLE, this::startPair);
        routes.delete("/api/v1/people/{coachId}/coaching/{learnerId}", Access.PEOPLE, this::endPair);
    }

    private void coachesForPerson(Context ctx) {
        var params = new QueryParams(ctx);
        var role = params.text("role");
        var skills = skills(params);
        var k = params.integer("k", 1, MAX_K);
        params.validate();
        if (role != null && !skills.isEmpty()) {
            throw InvalidRequestException.of("query:skills", "pass either role or skills, not both");
        }
        // A learner may search only their own gap: the search must not become a directory of colleagues' levels.
        boolean learner = Caller.of(ctx).map(Caller::isLearner).orElse(false);
        var answer = coaching.coachesFor(ctx.pathParam("id"), role, skills, k == null ? DEFAULT_K : k, learner);
        ctx.json(views.coaches(ctx, answer, ctx.pathParam("id"), handles));
    }

    private void coachesOfSkill(Context ctx) {
        var params = new QueryParams(ctx);
        var minLevel = params.integer("minLevel", coaching.settings().threshold(), 5);
        var k = params.integer("k", 1, 200);
        params.validate();
        ctx.json(coaching.coachesOfSkill(ctx.pathParam("id"), minLevel, k == null ? DEFAULT_SKILL_K : k));
    }

    private void assignCohort(Context ctx) {
        var params = new QueryParams(ctx);
        var commit = params.bool("commit", false);
        var role = params.text("role");
        params.validate();
        ctx.json(coaching.assignCohort(ctx.pathParam("id"), role, commit));
    }

    private void assignLearners(Context ctx) throws IOException {
        var params = new QueryParams(ctx);
        var commit = params.bool("commit", false);
        var role = params.text("role");
        params.validate();
        var learners = Json.object(mapper, ctx, AssignmentRequest.class).validLearners();
        ctx.json(coaching.assignLearners(learners, role, commit));
    }

    private void startPair(Context ctx) throws IOException {
        var body = ctx.bodyAsBytes();
        var request = body.length == 0 ? new PairRequest(null) : Json.object(mapper, ctx, PairRequest.class);
        var coachId = ctx.pathParam("coachId");
        var learnerId = ctx.pathParam("learnerId");
        var pair = coaching.startPair(coachId, learnerId, request.validSkills());
        ctx.header("Location", Links.path("/api/v1/people", coachId, "coaching", learnerId));
        ctx.status(201).json(pair);
    }

    private void endPair(Context ctx) {
        ctx.json(coaching.endPair(ctx.pathParam("coachId"), ctx.pathParam("learnerId")));
    }

    /** {@code skills=sql,query-tuning:4}: skill ids, each with an optional wanted level 1–5 (0 = unspecified). */
    private static Map<String, Integer> skills(QueryParams params) {
        var result = new LinkedHashMap<String, Integer>();
        var bad = new ArrayList<FieldError>();
        for (var entry : params.ids("skills")) {
            var colon = entry.lastIndexOf(':');
            if (colon < 0) {
                result.put(entry, 0);
                continue;
            }
            try {
                int level = Integer.parseInt(entry.substring(colon + 1));
                if (colon == 0 || level < 1 || level > 5) {
                    throw new NumberFormatException();
                }
                result.put(entry.substring(0, colon), level);
            } catch (NumberFormatException e) {
                bad.add(new FieldError(
                        "query:skills",
                        "expected a skill id, optionally with :level from 1 to 5, got '" + QueryParams.abbreviate(entry)
                                + "'"));
            }
        }
        params.addAll(bad);
        return result;
    }
}
