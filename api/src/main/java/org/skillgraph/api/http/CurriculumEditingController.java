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
        routes.post("/api/v1/skills", Access.CURRICULUM_WRITE, this::createSkill);
        routes.put("/api/v1/skills/{id}", Access.CURRICULUM_WRITE, this::replaceSkill);
        routes.delete("/api/v1/skills/{id}", Access.CURRICULUM_WRITE, this::deleteSkill);
        routes.put(
                "/api/v1/skills/{id}/prerequisites/{prerequisiteId}", Access.CURRICULUM_WRITE, this::putPrerequisite);
        routes.delete(
                "/api/v1/skills/{id}/prerequisites/{prerequisiteId}",
                Access.CURRICULUM_WRITE,
                this::removePrerequisite);
        routes.post("/api/v1/topics", Access.CURRICULUM_WRITE, this::createTopic);
        routes.put("/api/v1/topics/{id}", Access.CURRICULUM_WRITE, this::replaceTopic);
        routes.delete("/api/v1/topics/{id}", Access.CURRICULUM_WRITE, this::deleteTopic);
        routes.post("/api/v1/roles", Access.CURRICULUM_WRITE, this::createRole);
        routes.put("/api/v1/roles/{id}", Access.CURRICULUM_WRITE, this::replaceRole);
        routes.delete("/api/v1/roles/{id}", Access.CURRICULUM_WRITE, this::deleteRole);
        routes.post("/api/v1/modules", Access.CURRICULUM_WRITE, this::createModule);
        routes.put("/api/v1/modules/{id}", Access.CURRICULUM_WRITE, this::replaceModule);
        routes.delete("/api/v1/modules/{id}", Access.CURRICULUM_WRITE, this::deleteModule);
    }

    private void createSkill(Context ctx) throws IOException {
        var draft = writes.body(ctx, SkillBody.class).toDraft(null);
        writes.created(ctx, "/api/v1/skills/" + draft.id(), editors.skills().create(draft));
    }

    private void replaceSkill(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        var draft = writes.body(ctx, SkillBody.class).toDraft(ctx.pathParam("id"));
        writes.replaced(ctx, editors.skills().replace(draft, ifMatch));
    }

    private void deleteSkill(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        editors.skills().delete(ctx.pathParam("id"), Writes.force(ctx), ifMatch);
        writes.deleted(ctx, null);
    }

    private void putPrerequisite(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        int level = writes.body(ctx, PrerequisiteBody.class).checkedLevel();
        writes.written(
                ctx, editors.prerequisites().put(ctx.pathParam("id"), ctx.pathParam("prerequisiteId"), level, ifMatch));
    }

    private void removePrerequisite(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        writes.deleted(
                ctx, editors.prerequisites().remove(ctx.pathParam("id"), ctx.pathParam("prerequisiteId"), ifMatch));
    }

    private void createTopic(Context ctx) throws IOException {
        var draft = writes.body(ctx, TopicBody.class).toDraft(null);
        writes.created(ctx, "/api/v1/topics/" + draft.id(), editors.topics().create(draft));
    }

    private void replaceTopic(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        var draft = writes.body(ctx, TopicBody.class).toDraft(ctx.pathParam("id"));
        writes.replaced(ctx, editors.topics().replace(draft, ifMatch));
    }

    private void deleteTopic(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        editors.topics().delete(ctx.pathParam("id"), Writes.force(ctx), ifMatch);
        writes.deleted(ctx, null);
    }

    private void createRole(Context ctx) throws IOException {
        var draft = writes.body(ctx, RoleBody.class).toDraft(null);
        writes.created(ctx, "/api/v1/roles/" + draft.id(), editors.roles().create(draft));
    }

    private void replaceRole(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        var draft = writes.body(ctx, RoleBody.class).toDraft(ctx.pathParam("id"));
        writes.replaced(ctx, editors.roles().replace(draft, ifMatch));
    }

    private void deleteRole(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        editors.roles().delete(ctx.pathParam("id"), Writes.force(ctx), ifMatch);
        writes.deleted(ctx, null);
    }

    private void createModule(Context ctx) throws IOException {
        var draft = writes.body(ctx, ModuleBody.class).toDraft(null);
        writes.created(ctx, "/api/v1/modules/" + draft.id(), editors.modules().create(draft));
    }

    private void replaceModule(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        var draft = writes.body(ctx, ModuleBody.class).toDraft(ctx.pathParam("id"));
        writes.replaced(ctx, editors.modules().replace(draft, ifMatch));
    }

    private void deleteModule(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        // force is accepted for symmetry and validated, but learning history is never deleted.
        Writes.force(ctx);
        editors.modules().delete(ctx.pathParam("id"), ifMatch);
        writes.deleted(ctx, null);
    }
}
