package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.AuditRecorder;
import org.skillgraph.engine.evidence.EvidenceInput;
import org.skillgraph.engine.evidence.EvidenceResult;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.evidence.LevelOutcome;
import org.skillgraph.engine.evidence.ModuleResultService;
import org.skillgraph.engine.progress.ProgressService;

/** Evidence, module results, progression rules and person progress. Handlers parse, call one service, answer. */
final class EvidenceController {

    private final EvidenceService evidence;
    private final ModuleResultService results;
    private final ProgressService progress;
    private final Writes writes;

    EvidenceController(EvidenceService evidence, ModuleResultService results, ProgressService progress, Writes writes) {
        this.evidence = evidence;
        this.results = results;
        this.progress = progress;
        this.writes = writes;
    }

    void register(ApiRoutes routes) {
        // Evidence and results are recorded by the people who run learning (and their systems), not by the
        // learner: a learner token could otherwise claim an assessment. Learners read their own progress.
        routes.post("/api/v1/people/{id}/evidence", Access.PEOPLE, this::recordEvidence);
        routes.post("/api/v1/evidence:batch", Access.PEOPLE, this::recordBatch);
        routes.post("/api/v1/people/{id}/modules/{moduleId}/results", Access.PEOPLE, this::recordResult);
        routes.get(
                "/api/v1/modules/{id}/progression",
                Access.CURRICULUM_READ,
                ctx -> ctx.json(results.progression(ctx.pathParam("id"))));
        routes.get(
                "/api/v1/people/{id}/progress",
                Access.learnerOrStaff("id"),
                ctx -> ctx.json(progress.progress(ctx.pathParam("id"))));
    }

    private void recordEvidence(Context ctx) throws IOException {
        var body = writes.body(ctx, EvidenceBody.class);
        var c = new BodyCheck();
        var record = body.check(c, "", false, evidence.today());
        c.throwIfInvalid("evidence");
        var result = evidence.record(ctx.pathParam("id"), record);
        var answer = new LinkedHashMap<String, Object>();
        answer.put("evidence", result.evidence().get(0));
        var level = result.levels().get(0);
        answer.put("current", level.current());
        answer.put("changed", level.changed());
        answer.put("badgesEarned", result.badgesEarned());
        ctx.status(201).json(answer);
    }

    private void recordBatch(Context ctx) throws IOException {
        var inputs = writes.body(ctx, EvidenceBatchBody.class).toInputs(evidence);
        AuditRecorder.subjects(
                ctx, inputs.stream().map(EvidenceInput::personId).distinct().toArray(String[]::new));
        var result = evidence.recordBatch(inputs);
        ctx.json(summary(result));
    }

    private void recordResult(Context ctx) throws IOException {
        var body = writes.body(ctx, ModuleResultBody.class);
        body.check();
        var result = results.record(ctx.pathParam("id"), ctx.pathParam("moduleId"), body.score(), body.at());
        var answer = new LinkedHashMap<String, Object>();
        answer.put("personId", result.personId());
        answer.put("moduleId", result.moduleId());
        answer.put("at", result.at());
        answer.put("score", result.score());
        answer.put("passScore", result.passScore());
        answer.put("passed", result.passed());
        answer.put("completedNow", result.completedNow());
        answer.put("evidence", result.evidence().evidence());
        answer.put("levels", result.evidence().levels());
        answer.put("badgesEarned", result.evidence().badgesEarned());
        ctx.status(201).json(answer);
    }

    private static LinkedHashMap<String, Object> summary(EvidenceResult result) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("written", result.evidence().size());
        answer.put("levelsChanged", result.levelsChanged());
        answer.put(
                "changed",
                result.levels().stream().filter(LevelOutcome::changed).toList());
        answer.put("badgesEarned", result.badgesEarned());
        return answer;
    }
}
