package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.editing.Editors;

/** People editing: the person record and the skills they hold. Handlers parse, call one editor, answer. */
final class PeopleEditingController {

    private final Editors editors;
    private final Writes writes;

    PeopleEditingController(Editors editors, Writes writes) {
        this.editors = editors;
        this.writes = writes;
    }

    void register(ApiRoutes routes) {
        new EntityRoutes<>("/api/v1/people", PersonBody.class, PersonBody::toDraft, Editors::people)
                .register(routes, editors, writes, Access.ADMIN, Access.PEOPLE, Access.ADMIN);
        routes.put("/api/v1/people/{id}/skills/{skillId}", Access.PEOPLE, this::putHolding);
        routes.delete("/api/v1/people/{id}/skills/{skillId}", Access.PEOPLE, this::removeHolding);
    }

    private void putHolding(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        var draft = writes.body(ctx, HoldingBody.class).toDraft();
        var person = ctx.pathParam("id");
        var skill = ctx.pathParam("skillId");
        writes.written(
                ctx,
                Links.path("/api/v1/people", person, "skills", skill),
                editors.holdings().put(person, skill, draft, ifMatch));
    }

    private void removeHolding(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        writes.deleted(ctx, editors.holdings().remove(ctx.pathParam("id"), ctx.pathParam("skillId"), ifMatch));
    }
}
