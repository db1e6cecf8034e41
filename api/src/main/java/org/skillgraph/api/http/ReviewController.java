package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.skillgraph.api.app.ReviewServices;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.AccessDeniedException;
import org.skillgraph.api.http.auth.AuditRecorder;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.evidence.EvidenceService;
import org.skillgraph.engine.paging.Page;
import org.skillgraph.engine.review.Claim;
import org.skillgraph.engine.review.ClaimKind;
import org.skillgraph.engine.review.ClaimRequest;
import org.skillgraph.engine.review.ClaimStatus;
import org.skillgraph.engine.review.Decision;
import org.skillgraph.engine.review.EvidenceItem;
import org.skillgraph.engine.review.Reviewer;

/**
 * Learner self-service: claims (a self-assessment, prior learning) and their review, a person's evidence and its
 * retraction. The gate lets admins and learners in; for a learner the handler decides from the reporting line
 * (their own data, or the people below them) and refuses everyone else with 403, whether the person exists or not.
 */
final class ReviewController {

    private static final Set<String> KINDS = Set.of("self-assessment", "prior-learning");
    private static final Set<String> STATUSES = Set.of("pending", "accepted", "rejected");
    private static final int MAX_LINK = 2000;

    private final ReviewServices review;
    private final EvidenceService evidence;
    private final Writes writes;

    ReviewController(ReviewServices review, EvidenceService evidence, Writes writes) {
        this.review = review;
        this.evidence = evidence;
        this.writes = writes;
    }

    void register(ApiRoutes routes) {
        routes.post("/api/v1/people/{id}/claims", Access.learnerOnly("id"), this::submit);
        routes.get("/api/v1/people/{id}/claims", Access.SELF_SERVICE, this::claims);
        routes.get("/api/v1/reviews", Access.SELF_SERVICE, this::queue);
        routes.post("/api/v1/claims/{claimId}/accept", Access.SELF_SERVICE, this::accept);
        routes.post("/api/v1/claims/{claimId}/reject", Access.SELF_SERVICE, this::reject);
        routes.get("/api/v1/people/{id}/evidence", Access.SELF_SERVICE, this::evidence);
        routes.post("/api/v1/people/{id}/evidence/{evidenceId}/retract", Access.PEOPLE, this::retract);
    }

    record ClaimBody(String kind, String skill, Integer level, String note, String link) {}

    record AcceptBody(Integer level, String note) {}

    record ReasonBody(String reason) {}

    private void submit(Context ctx) throws IOException {
        var body = writes.body(ctx, ClaimBody.class);
        var c = new BodyCheck();
        if (c.present("/kind", body.kind())) {
            c.oneOf("/kind", body.kind(), KINDS);
        }
        if (c.present("/skill", body.skill())) {
            c.id("/skill", body.skill());
        }
        if (c.present("/level", body.level())) {
            c.range("/level", body.level(), 1, 5);
        }
        c.text("/note", body.note(), BodyCheck.MAX_TEXT);
        link(c, body.link());
        if ("prior-learning".equals(body.kind()) && blank(body.note()) && blank(body.link())) {
            c.fail("", "prior learning needs a note or a link a reviewer can look at");
        }
        c.throwIfInvalid("claim");
        var claim = review.claims()
                .submit(
                        ctx.pathParam("id"),
                        new ClaimRequest(
                                ClaimKind.fromWire(body.kind()).orElseThrow(),
                                body.skill(),
                                body.level(),
                                body.note(),
                                body.link()));
        ctx.status(201).json(view(claim, caller(ctx)));
    }

    private void claims(Context ctx) {
        var person = ctx.pathParam("id");
        var caller = mayRead(ctx, person);
        var params = new QueryParams(ctx);
        var status = params.oneOf("status", STATUSES);
        var limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        var page = review.claims().claims(person, ClaimStatus.fromWire(status).orElse(null), cursor, limit);
        ctx.json(new Page<>(page.items().stream().map(cl -> view(cl, caller)).toList(), page.nextCursor()));
    }

    private void queue(Context ctx) {
        var params = new QueryParams(ctx);
        var status = params.oneOf("status", STATUSES);
        var limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        var page = review.claims()
                .queue(
                        reviewer(caller(ctx)),
                        ClaimStatus.fromWire(status == null ? "pending" : status)
                                .orElseThrow(),
                        cursor,
                        limit);
        AuditRecorder.subjects(
                ctx, page.items().stream().map(Claim::personId).distinct().toArray(String[]::new));
        ctx.json(page);
    }

    private void accept(Context ctx) throws IOException {
        var body = writes.body(ctx, AcceptBody.class);
        var c = new BodyCheck();
        c.range("/level", body.level(), 1, 5);
        c.text("/note", body.note(), BodyCheck.MAX_TEXT);
        c.throwIfInvalid("decision");
        var reviewer = mayDecide(ctx);
        ctx.json(decision(review.claims().accept(ctx.pathParam("claimId"), reviewer, body.level(), body.note())));
    }

    private void reject(Context ctx) throws IOException {
        var body = writes.body(ctx, ReasonBody.class);
        var c = new BodyCheck();
        reason(c, body.reason());
        c.throwIfInvalid("decision");
        var reviewer = mayDecide(ctx);
        ctx.json(decision(review.claims().reject(ctx.pathParam("claimId"), reviewer, body.reason())));
    }

    private void evidence(Context ctx) {
        var person = ctx.pathParam("id");
        var caller = mayRead(ctx, person);
        var params = new QueryParams(ctx);
        var skill = params.text("skill");
        var source = params.oneOf("source", Vocabulary.SOURCES);
        var limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        boolean admin = caller.role() == AccessRole.ADMIN;
        var page = review.evidence().list(person, skill, source, admin, cursor, limit);
        ctx.json(new Page<>(page.items().stream().map(e -> view(e, admin)).toList(), page.nextCursor()));
    }

    private void retract(Context ctx) throws IOException {
        var body = writes.body(ctx, ReasonBody.class);
        var c = new BodyCheck();
        reason(c, body.reason());
        c.throwIfInvalid("retraction");
        var done = evidence.retract(
                ctx.pathParam("id"),
                ctx.pathParam("evidenceId"),
                body.reason(),
                caller(ctx).tokenId());
        var answer = new LinkedHashMap<String, Object>();
        answer.put("evidenceId", done.evidenceId());
        answer.put("personId", done.personId());
        answer.put("skillId", done.skillId());
        answer.put("retractedAt", done.retractedAt());
        answer.put("reason", done.reason());
        answer.put("current", done.level().current());
        answer.put("previousLevel", done.level().previousLevel());
        answer.put("changed", done.level().changed());
        ctx.json(answer);
    }

    /** The caller, when they may read {@code person}'s claims and evidence: admins, the person, their managers. */
    private Caller mayRead(Context ctx, String person) {
        var caller = caller(ctx);
        if (caller.role() == AccessRole.ADMIN
                || caller.is(person)
                || review.claims().mayReview(reviewer(caller), person)) {
            return caller;
        }
        throw AccessDeniedException.forbidden(
                "Only this person, their managers (up the reporting line) and admins may read their claims and evidence");
    }

    /** The reviewer, when they may decide the claim in the path (404 first when there is no such claim). */
    private Reviewer mayDecide(Context ctx) {
        var claim = review.claims().claim(ctx.pathParam("claimId"));
        AuditRecorder.subjects(ctx, claim.personId());
        var reviewer = reviewer(caller(ctx));
        if (!review.claims().mayReview(reviewer, claim.personId())) {
            throw AccessDeniedException.forbidden(
                    "Only the person's managers (up the reporting line) and admins review their claims");
        }
        return reviewer;
    }

    private static Caller caller(Context ctx) {
        return Caller.of(ctx).orElseThrow();
    }

    private static Reviewer reviewer(Caller caller) {
        return new Reviewer(caller.personId(), caller.tokenId(), caller.role() == AccessRole.ADMIN);
    }

    /** A claim as {@code caller} sees it: the claimant is not told the reviewer's id (people are named without ids). */
    private static Claim view(Claim c, Caller caller) {
        if (!caller.is(c.personId())) {
            return c;
        }
        return new Claim(
                c.id(),
                c.personId(),
                c.skillId(),
                c.skillName(),
                c.kind(),
                c.level(),
                c.note(),
                c.link(),
                c.status(),
                c.submittedAt(),
                c.selfEvidenceId(),
                c.decidedAt(),
                null,
                c.grantedLevel(),
                c.reason(),
                c.evidenceId());
    }

    /** Evidence as listed: only admins see who assessed it (an id) and retractions. */
    private static EvidenceItem view(EvidenceItem e, boolean admin) {
        if (admin) {
            return e;
        }
        return new EvidenceItem(
                e.id(),
                e.skillId(),
                e.source(),
                e.level(),
                e.at(),
                e.score(),
                e.confidence(),
                e.expiresAt(),
                e.recordedAt(),
                null,
                e.claimId(),
                null,
                null);
    }

    private static Map<String, Object> decision(Decision d) {
        var answer = new LinkedHashMap<String, Object>();
        answer.put("claim", d.claim());
        answer.put("current", d.level() == null ? null : d.level().current());
        answer.put("changed", d.level() != null && d.level().changed());
        answer.put("badgesEarned", d.badgesEarned());
        return answer;
    }

    private static void reason(BodyCheck c, String reason) {
        if (c.present("/reason", reason)) {
            c.text("/reason", reason, BodyCheck.MAX_TEXT);
            if (reason.isBlank()) {
                c.fail("/reason", "must not be blank");
            }
        }
    }

    private static void link(BodyCheck c, String link) {
        if (link == null) {
            return;
        }
        c.text("/link", link, MAX_LINK);
        try {
            var uri = URI.create(link);
            if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || uri.getHost() == null) {
                c.fail("/link", "must be an http(s) address");
            }
        } catch (IllegalArgumentException e) {
            c.fail("/link", "must be an http(s) address");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
