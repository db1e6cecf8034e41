package org.skillgraph.api.http.taxonomy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Set;
import org.skillgraph.api.app.TaxonomyServices;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.Json;
import org.skillgraph.api.http.QueryParams;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.api.http.auth.Caller;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.taxonomy.ChangeEntry;
import org.skillgraph.engine.taxonomy.EntityHistory;

/**
 * The living taxonomy over HTTP: a framework's versions, change sets (upload → review → apply or discard) and
 * the history of a skill, role or module. Designers and admins review and apply; only admins see which people
 * a change set affects (everyone else sees the counts).
 */
public final class TaxonomyController {

    private static final String CHANGESETS = "/api/v1/frameworks/{id}/changesets";
    private static final int PEOPLE_SAMPLE = 10;
    private static final Set<String> KINDS = java.util.Arrays.stream(ChangeEntry.Kind.values())
            .map(ChangeEntry.Kind::wireName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final TaxonomyServices taxonomy;
    private final VersionReader formats;
    private final ObjectMapper mapper;
    private final Runnable afterWrite;

    public TaxonomyController(
            TaxonomyServices taxonomy, VersionReader formats, ObjectMapper mapper, Runnable afterWrite) {
        this.taxonomy = taxonomy;
        this.formats = formats;
        this.mapper = mapper;
        this.afterWrite = afterWrite;
    }

    public void register(ApiRoutes routes) {
        routes.get("/api/v1/frameworks/{id}/versions", Access.CURRICULUM_READ, this::versions);
        routes.post(CHANGESETS, Access.CURRICULUM_WRITE, this::upload);
        routes.get(CHANGESETS + "/{cs}", Access.CURRICULUM_WRITE, this::review);
        routes.post(CHANGESETS + "/{cs}/apply", Access.CURRICULUM_WRITE, this::apply);
        routes.delete(CHANGESETS + "/{cs}", Access.CURRICULUM_WRITE, this::discard);
        routes.get(
                "/api/v1/skills/{id}/history", Access.CURRICULUM_WRITE, ctx -> history(ctx, EntityHistory.Kind.SKILL));
        routes.get("/api/v1/roles/{id}/history", Access.CURRICULUM_WRITE, ctx -> history(ctx, EntityHistory.Kind.ROLE));
        routes.get(
                "/api/v1/modules/{id}/history",
                Access.CURRICULUM_WRITE,
                ctx -> history(ctx, EntityHistory.Kind.MODULE));
    }

    private void versions(Context ctx) {
        var params = new QueryParams(ctx);
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(taxonomy.versions().list(ctx.pathParam("id"), cursor, limit));
    }

    private void upload(Context ctx) {
        var params = new QueryParams(ctx);
        var source = params.text("source");
        var named = params.oneOf("format", VersionFormat.NAMES);
        var release = java.util.Optional.ofNullable(params.text("release"));
        params.validate();
        var format = named == null
                ? VersionFormat.ofContentType(ctx.contentType())
                : VersionFormat.of(named).orElseThrow();
        var framework = ctx.pathParam("id");
        // bodyAsBytes() enforces the server's request size limit (413 beyond it).
        var bundle = formats.read(format, "request body", ctx.bodyAsBytes(), release);
        var version = BundleCurriculum.of(bundle, framework, format);
        var cs = taxonomy.changeSets()
                .create(framework, version, source == null ? format.wireName() : source, actor(ctx));
        ctx.status(201)
                .header("Location", "/api/v1/frameworks/" + framework + "/changesets/" + cs.id())
                .json(cs);
    }

    private void review(Context ctx) {
        var params = new QueryParams(ctx);
        var kind = params.oneOf("kind", KINDS);
        var entity = params.text("entity");
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        var cs = taxonomy.changeSets().of(ctx.pathParam("id"), ctx.pathParam("cs"));
        boolean admin = Caller.of(ctx).map(c -> c.role() == AccessRole.ADMIN).orElse(false);
        var people = admin ? taxonomy.changeSets().peopleSample(cs, PEOPLE_SAMPLE) : null;
        ctx.json(ChangeSetView.of(cs, people, taxonomy.changeSets().entries(cs.id(), kind, entity, cursor, limit)));
    }

    private void apply(Context ctx) throws IOException {
        var choices = ctx.bodyAsBytes().length == 0
                ? org.skillgraph.engine.taxonomy.ApplyChoices.none()
                : Json.object(mapper, ctx, ApplyBody.class).checked();
        var result = taxonomy.applier().apply(ctx.pathParam("id"), ctx.pathParam("cs"), choices, actor(ctx));
        afterWrite.run();
        ctx.json(result);
    }

    private void discard(Context ctx) {
        taxonomy.changeSets().discard(ctx.pathParam("id"), ctx.pathParam("cs"));
        ctx.status(204);
    }

    private void history(Context ctx, EntityHistory.Kind kind) {
        var params = new QueryParams(ctx);
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(taxonomy.history().of(kind, ctx.pathParam("id"), cursor, limit));
    }

    private static String actor(Context ctx) {
        return Caller.of(ctx).map(Caller::tokenId).orElse("anonymous");
    }
}
