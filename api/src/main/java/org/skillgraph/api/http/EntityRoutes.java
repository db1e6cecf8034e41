package org.skillgraph.api.http;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.editing.Editors;
import org.skillgraph.engine.editing.EntityDraft;
import org.skillgraph.engine.editing.EntityEditor;

/**
 * The three routes of every editable entity: POST {@code collection} creates (201 with {@code Location}),
 * PUT {@code collection/{id}} replaces under {@code If-Match} (200), DELETE {@code collection/{id}} removes
 * it, guarded, {@code force} to override (204). The {@code If-Match} header is read before the body, so a
 * bad header is the answer even when the body is bad too.
 *
 * @param body the request body's type
 * @param toDraft the body as a draft; the path's id, or {@code null} for a create
 * @param editor picks the entity's editor, at request time (routes are registered before services may exist)
 */
record EntityRoutes<B, D extends EntityDraft>(
        String collection,
        Class<B> body,
        BiFunction<B, String, D> toDraft,
        Function<Editors, EntityEditor<D, ?>> editor) {

    /** Registers the three routes behind the given access decisions. */
    void register(ApiRoutes routes, Editors editors, Writes writes, Access create, Access replace, Access delete) {
        var item = collection + "/{id}";
        routes.post(collection, create, ctx -> {
            var draft = toDraft.apply(writes.body(ctx, body), null);
            writes.created(
                    ctx,
                    Links.path(collection, draft.id()),
                    editor.apply(editors).create(draft));
        });
        routes.put(item, replace, ctx -> {
            var ifMatch = Writes.ifMatch(ctx);
            var draft = toDraft.apply(writes.body(ctx, body), ctx.pathParam("id"));
            writes.replaced(ctx, editor.apply(editors).replace(draft, ifMatch));
        });
        routes.delete(item, delete, ctx -> {
            var ifMatch = Writes.ifMatch(ctx);
            editor.apply(editors).delete(ctx.pathParam("id"), Writes.force(ctx), ifMatch);
            writes.deleted(ctx, null);
        });
    }
}
