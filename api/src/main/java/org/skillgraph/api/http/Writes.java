package org.skillgraph.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.concurrency.Tagged;
import org.skillgraph.engine.editing.Written;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/**
 * What the editing handlers share: reading a body, the {@code If-Match} precondition and the answers
 * (201 with {@code Location}, 200, 204, each with the entity's {@code ETag}).
 */
final class Writes {

    private final ObjectMapper mapper;
    private final Runnable afterWrite;

    Writes(ObjectMapper mapper, Runnable afterWrite) {
        this.mapper = mapper;
        this.afterWrite = afterWrite;
    }

    /** The body as {@code type}; an empty body or {@code null} is refused with a pointer to the whole document. */
    <T> T body(Context ctx, Class<T> type) throws IOException {
        return Json.object(mapper, ctx, type);
    }

    /**
     * The {@code If-Match} header: absent or {@code *} means unconditional; otherwise a comma-separated list
     * of quoted entity tags, one of which must be the entity's current tag.
     */
    static IfMatch ifMatch(Context ctx) {
        var header = ctx.header("If-Match");
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return IfMatch.absent();
        }
        var tags = new LinkedHashSet<String>();
        for (var part : header.split(",")) {
            var tag = part.strip();
            if (!tag.matches("(W/)?\"[^\"]*\"")) {
                var message = "If-Match must be * or quoted entity tags as sent in ETag, e.g. \"3f2a…\"";
                throw new InvalidRequestException(
                        "invalid-header", message, List.of(new FieldError("header:If-Match", message)));
            }
            tags.add(tag);
        }
        return IfMatch.of(tags);
    }

    /** The {@code force} query parameter of a delete. */
    static boolean force(Context ctx) {
        var params = new QueryParams(ctx);
        var force = params.bool("force", false);
        params.validate();
        return force;
    }

    void created(Context ctx, String location, Tagged<?> entity) {
        afterWrite.run();
        ctx.status(201)
                .header("Location", location)
                .header("ETag", entity.etag())
                .json(entity.value());
    }

    void replaced(Context ctx, Tagged<?> entity) {
        afterWrite.run();
        ctx.status(200).header("ETag", entity.etag()).json(entity.value());
    }

    /**
     * A sub-resource (a prerequisite, a holding) was set: 201 if new, with its {@code location} (built with
     * {@link Links}), else 200, with the owner's new tag.
     */
    void written(Context ctx, String location, Written<?> written) {
        afterWrite.run();
        if (written.created()) {
            ctx.status(201).header("Location", location);
        } else {
            ctx.status(200);
        }
        ctx.header("ETag", written.etag()).json(written.value());
    }

    /** 204; {@code ownerTag} is the owning entity's new tag after a sub-resource removal, or {@code null}. */
    void deleted(Context ctx, String ownerTag) {
        afterWrite.run();
        if (ownerTag != null) {
            ctx.header("ETag", ownerTag);
        }
        ctx.status(204);
    }
}
