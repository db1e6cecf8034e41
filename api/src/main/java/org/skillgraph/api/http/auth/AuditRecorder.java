package org.skillgraph.api.http.auth;

import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skillgraph.engine.access.AuditEvent;
import org.skillgraph.engine.access.AuditLog;
import org.skillgraph.engine.ids.TimeOrderedIds;

/**
 * After every request: records writes, and reads of people's data by anyone but the person themselves,
 * refused attempts included. What is recorded is the token id, its role, the route template, the status and
 * the ids in the path plus any a handler named with {@link #subjects(Context, String...)}: never a body,
 * a query string or a token secret.
 */
public final class AuditRecorder {

    private static final String SUBJECTS = "skillgraph.audit.subjects";
    private static final String PSEUDONYMS = "skillgraph.audit.pseudonyms";

    private final AuditLog log;
    private final Clock clock;
    private final TimeOrderedIds ids;

    public AuditRecorder(AuditLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
        this.ids = TimeOrderedIds.of("", clock);
    }

    /** Lets a handler name ids the request was about that are not in its path (e.g. a body's person id). */
    public static void subjects(Context ctx, String... ids) {
        Set<String> subjects = ctx.attribute(SUBJECTS);
        if (subjects == null) {
            subjects = new LinkedHashSet<>();
            ctx.attribute(SUBJECTS, subjects);
        }
        for (var id : ids) {
            if (id != null) {
                subjects.add(id);
            }
        }
    }

    /** Records {@code pseudonym} in place of {@code id} in this request's event (an erasure names the erased). */
    public static void pseudonymise(Context ctx, String id, String pseudonym) {
        ctx.attribute(PSEUDONYMS, java.util.Map.of(id, pseudonym));
    }

    public void after(Context ctx) {
        Access access = ctx.attribute(AccessGate.ACCESS);
        String route = ctx.attribute(AccessGate.ROUTE);
        var caller = Caller.of(ctx);
        String failedFrom = ctx.attribute(AccessGate.FAILED_FROM);
        if (failedFrom != null) {
            // The address is what an investigation of guessed or stolen tokens needs; retention purges it too.
            log.record(new AuditEvent(
                    ids.next(),
                    clock.instant(),
                    "address:" + failedFrom,
                    "none",
                    "authenticate",
                    route,
                    ctx.statusCode(),
                    List.of()));
            return;
        }
        if (access == null || access.open() || caller.isEmpty()) {
            return;
        }
        boolean write = !ctx.method().name().equals("GET") && !access.computesOnly();
        var subjects = subjects(ctx);
        boolean aboutSomeoneElse = access.personal() && !(caller.get().isLearner() && onlySelf(caller.get(), subjects));
        if (!write && !aboutSomeoneElse) {
            return;
        }
        log.record(new AuditEvent(
                ids.next(),
                clock.instant(),
                caller.get().tokenId(),
                caller.get().role().wireName(),
                write ? "write" : "read",
                route,
                ctx.statusCode(),
                subjects));
    }

    private static boolean onlySelf(Caller caller, List<String> subjects) {
        return subjects.stream().allMatch(caller::is);
    }

    private static List<String> subjects(Context ctx) {
        var ids = new ArrayList<String>(ctx.pathParamMap().values());
        Set<String> named = ctx.attribute(SUBJECTS);
        if (named != null) {
            named.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        }
        java.util.Map<String, String> pseudonyms = ctx.attribute(PSEUDONYMS);
        return ids.stream()
                .map(id -> pseudonyms == null ? id : pseudonyms.getOrDefault(id, id))
                .map(id -> id.length() > 200 ? id.substring(0, 200) : id)
                .toList();
    }
}
