package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.skillgraph.api.http.BodyCheck;
import org.skillgraph.seed.bundle.MappingIds;

/** The body of a mapping PUT: {@code {"<name>": ["…", …]}}, each id checked by {@link MappingIds}, as bundles are. */
final class IdList {

    static final int MAX_IDS = MappingIds.MAX_IDS;

    private IdList() {}

    static List<String> read(ObjectMapper mapper, Context ctx, String name, boolean iris) throws IOException {
        var body = mapper.readTree(ctx.bodyAsBytes());
        var errors = new BodyCheck();
        var ids = new ArrayList<String>();
        if (body == null
                || !body.isObject()
                || body.size() != 1
                || !body.path(name).isArray()) {
            errors.fail("", "must be {\"" + name + "\": [...]} and nothing else");
        } else if (body.get(name).size() > MAX_IDS) {
            errors.fail("/" + name, "holds at most " + MAX_IDS + " ids");
        } else {
            var seen = new HashSet<String>();
            for (int i = 0; i < body.get(name).size(); i++) {
                var value = body.get(name).get(i);
                var pointer = "/" + name + "/" + i;
                var problem = value.isTextual() ? MappingIds.problem(value.asText(), iris, seen) : MappingIds.NOT_TEXT;
                if (problem != null) {
                    errors.fail(pointer, problem);
                } else {
                    ids.add(value.asText());
                }
            }
        }
        errors.throwIfInvalid(
                name.equals("externalIds") ? "invalid-external-ids" : "invalid-activity-ids", "list of " + name);
        return List.copyOf(ids);
    }
}
