package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.editing.Editors;

/**
 * Curriculum editing: skills (with single prerequisites), topics, roles and modules. POST creates, PUT
 * replaces the entity's properties and the relationships it owns, DELETE removes it (guarded). Handlers
 * parse and validate the body, call one editor and answer.
 */
final class CurriculumEditingController {

    private final Editors editors;
    private final Writes writes;

    CurriculumEditingController(Editors editors, Writes writes) {
        this.editors = editors;
        this.writes = writes;
    }

    void register(ApiRoutes routes) {
        var write = Access.CURRICULUM_WRITE;
        new EntityRoutes<>("/api/v1/skills", SkillBody.class, SkillBody::toDraft, Editors::skills)
                .register(routes, editors, writes, write, write, write);
        routes.put("/api/v1/skills/{id}/prerequisites/{prerequisiteId}", write, this::putPrerequisite);
        routes.delete("/api/v1/skills/{id}/prerequisites/{prerequisiteId}", write, this::removePrerequisite);
        new EntityRoutes<>("/api/v1/topics", TopicBody.class, TopicBody::toDraft, Editors::topics)
                .register(routes, editors, writes, write, write, write);
        new EntityRoutes<>("/api/v1/roles", RoleBody.class, RoleBody::toDraft, Editors::roles)
                .register(routes, editors, writes, write, write, write);
        // A module's delete validates force like the others, but learning history is never deleted.
        new EntityRoutes<>("/api/v1/modules", ModuleBody.class, ModuleBody::toDraft, Editors::modules)
                .register(routes, editors, writes, write, write, write);
    }

    private void putPrerequisite(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        int level = writes.body(ctx, PrerequisiteBody.class).checkedLevel();
        var skill = ctx.pathParam("id");
        var prerequisite = ctx.pathParam("prerequisiteId");
        writes.written(
                ctx,
                Links.path("/api/v1/skills", skill, "prerequisites", prerequisite),
                editors.prerequisites().put(skill, prerequisite, level, ifMatch));
    }

    private void removePrerequisite(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        writes.deleted(
                ctx, editors.prerequisites().remove(ctx.pathParam("id"), ctx.pathParam("prerequisiteId"), ifMatch));
    }
}
