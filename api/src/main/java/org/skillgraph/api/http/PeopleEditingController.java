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
        routes.post("/api/v1/people", Access.ADMIN, this::createPerson);
        routes.put("/api/v1/people/{id}", Access.PEOPLE, this::replacePerson);
        routes.delete("/api/v1/people/{id}", Access.ADMIN, this::deletePerson);
        routes.put("/api/v1/people/{id}/skills/{skillId}", Access.PEOPLE, this::putHolding);
        routes.delete("/api/v1/people/{id}/skills/{skillId}", Access.PEOPLE, this::removeHolding);
    }

    private void createPerson(Context ctx) throws IOException {
        var draft = writes.body(ctx, PersonBody.class).toDraft(null);
        writes.created(ctx, "/api/v1/people/" + draft.id(), editors.people().create(draft));
    }

    private void replacePerson(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        var draft = writes.body(ctx, PersonBody.class).toDraft(ctx.pathParam("id"));
        writes.replaced(ctx, editors.people().replace(draft, ifMatch));
    }

    private void deletePerson(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        editors.people().delete(ctx.pathParam("id"), Writes.force(ctx), ifMatch);
        writes.deleted(ctx, null);
    }

    private void putHolding(Context ctx) throws IOException {
        var ifMatch = Writes.ifMatch(ctx);
        var draft = writes.body(ctx, HoldingBody.class).toDraft();
        writes.written(ctx, editors.holdings().put(ctx.pathParam("id"), ctx.pathParam("skillId"), draft, ifMatch));
    }

    private void removeHolding(Context ctx) {
        var ifMatch = Writes.ifMatch(ctx);
        writes.deleted(ctx, editors.holdings().remove(ctx.pathParam("id"), ctx.pathParam("skillId"), ifMatch));
    }
}
