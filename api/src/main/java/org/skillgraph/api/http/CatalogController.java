package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.catalog.ModuleRepository;
import org.skillgraph.engine.catalog.RoleRepository;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.catalog.TopicRepository;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.error.NotFoundException;

/** Curriculum reads: skills, topics, roles and modules. Handlers parse, call one repository, answer. */
final class CatalogController {

    static final Set<String> MODALITIES =
            Set.of("course", "video", "workshop", "simulation", "project", "reading", "coaching");
    static final Set<String> PACINGS = Set.of("self-paced", "scheduled");
    static final Set<String> STATUSES = Set.of("draft", "published", "retired");

    private final SkillRepository skills;
    private final TopicRepository topics;
    private final RoleRepository roles;
    private final ModuleRepository modules;

    CatalogController(SkillRepository skills, TopicRepository topics, RoleRepository roles, ModuleRepository modules) {
        this.skills = skills;
        this.topics = topics;
        this.roles = roles;
        this.modules = modules;
    }

    void register(ApiRoutes routes) {
        routes.get("/api/v1/skills", Access.CURRICULUM_READ, this::searchSkills);
        routes.get("/api/v1/skills/{id}", Access.CURRICULUM_READ, this::skill);
        routes.get("/api/v1/topics", Access.CURRICULUM_READ, this::topicTree);
        routes.get("/api/v1/topics/{id}", Access.CURRICULUM_READ, this::topic);
        routes.get("/api/v1/roles", Access.CURRICULUM_READ, this::listRoles);
        routes.get("/api/v1/roles/{id}", Access.CURRICULUM_READ, this::role);
        routes.get("/api/v1/modules", Access.CURRICULUM_READ, this::listModules);
        routes.get("/api/v1/modules/{id}", Access.CURRICULUM_READ, this::module);
    }

    private void searchSkills(Context ctx) {
        var params = new QueryParams(ctx);
        var q = params.text("q");
        var topic = params.text("topic");
        var framework = params.text("framework");
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(skills.search(q, topic, framework, cursor, limit));
    }

    private void skill(Context ctx) {
        var id = ctx.pathParam("id");
        tagged(ctx, skills.findTagged(id).orElseThrow(() -> new NotFoundException("skill", id)));
    }

    private void topicTree(Context ctx) {
        ctx.json(Map.of("items", topics.tree()));
    }

    private void topic(Context ctx) {
        var id = ctx.pathParam("id");
        tagged(ctx, topics.findTagged(id).orElseThrow(() -> new NotFoundException("topic", id)));
    }

    private void listRoles(Context ctx) {
        var params = new QueryParams(ctx);
        var family = params.text("family");
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(roles.list(family, cursor, limit));
    }

    private void role(Context ctx) {
        var id = ctx.pathParam("id");
        tagged(ctx, roles.findTagged(id).orElseThrow(() -> new NotFoundException("role", id)));
    }

    private void listModules(Context ctx) {
        var params = new QueryParams(ctx);
        var modality = params.oneOf("modality", MODALITIES);
        var pacing = params.oneOf("pacing", PACINGS);
        var status = params.oneOf("status", STATUSES);
        int limit = params.limit();
        var cursor = params.cursor();
        params.validate();
        ctx.json(modules.list(modality, pacing, status, cursor, limit));
    }

    private void module(Context ctx) {
        var id = ctx.pathParam("id");
        tagged(ctx, modules.findTagged(id).orElseThrow(() -> new NotFoundException("module", id)));
    }

    /** A single entity with its {@code ETag}, which writes may send back in {@code If-Match}. */
    static void tagged(Context ctx, Tagged<?> entity) {
        ctx.header("ETag", entity.etag()).json(entity.value());
    }
}
