package org.skillgraph.api.http.casepkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.seed.casepkg.CasePackageWriter;

/**
 * The CASE 1.1 provider: every framework as a CFDocument under {@code /ims/case/v1p1/} (curriculum read). The
 * packages are rendered from the full export, which the curriculum supplier keeps until the graph's version
 * moves, so what it serves is what the graph holds now and a request after no write renders nothing.
 */
public final class CaseProviderController {

    private static final String ROOT = CasePackageWriter.PATH;

    private final Supplier<JsonNode> curriculum;
    private final Function<String, Optional<OffsetDateTime>> changedAt;
    private volatile Rendered rendered;

    /** The packages rendered from one curriculum tree for one base URL. */
    private record Rendered(JsonNode export, String base, List<ObjectNode> packages) {}

    public CaseProviderController(Supplier<JsonNode> curriculum, Function<String, Optional<OffsetDateTime>> changedAt) {
        this.curriculum = curriculum;
        this.changedAt = changedAt;
    }

    public void register(ApiRoutes routes) {
        routes.get(ROOT + "/CFDocuments", Access.CURRICULUM_READ, this::documents);
        routes.get(
                ROOT + "/CFDocuments/{sourcedId}",
                Access.CURRICULUM_READ,
                ctx -> ctx.json(find(ctx).get("CFDocument")));
        routes.get(ROOT + "/CFPackages/{sourcedId}", Access.CURRICULUM_READ, ctx -> ctx.json(find(ctx)));
        routes.get(ROOT + "/CFItems/{sourcedId}", Access.CURRICULUM_READ, ctx -> ctx.json(item(ctx)));
        routes.get(ROOT + "/CFAssociations/{sourcedId}", Access.CURRICULUM_READ, this::association);
        routes.get(ROOT + "/CFItemAssociations/{sourcedId}", Access.CURRICULUM_READ, this::itemAssociations);
    }

    private void documents(Context ctx) {
        var body = JsonNodeFactory.instance.objectNode();
        var list = body.putArray("CFDocuments");
        packages(ctx).forEach(p -> list.add(p.get("CFDocument")));
        ctx.json(body);
    }

    private void association(Context ctx) {
        var id = ctx.pathParam("sourcedId");
        ctx.json(stream(packages(ctx), "CFAssociations")
                .filter(a -> id.equals(a.path("identifier").asText()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("CFAssociation", id)));
    }

    private void itemAssociations(Context ctx) {
        var packages = packages(ctx);
        var item = item(ctx, packages);
        var id = item.path("identifier").asText();
        var body = JsonNodeFactory.instance.objectNode();
        body.set("CFItem", item);
        var list = body.putArray("CFAssociations");
        stream(packages, "CFAssociations")
                .filter(a -> id.equals(
                                a.path("originNodeURI").path("identifier").asText())
                        || id.equals(
                                a.path("destinationNodeURI").path("identifier").asText()))
                .forEach(list::add);
        ctx.json(body);
    }

    private JsonNode item(Context ctx) {
        return item(ctx, packages(ctx));
    }

    private static JsonNode item(Context ctx, List<ObjectNode> packages) {
        var id = ctx.pathParam("sourcedId");
        return stream(packages, "CFItems")
                .filter(i -> id.equals(i.path("identifier").asText()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("CFItem", id));
    }

    private ObjectNode find(Context ctx) {
        var id = ctx.pathParam("sourcedId");
        return packages(ctx).stream()
                .filter(p -> id.equals(p.path("CFDocument").path("identifier").asText()))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("CFDocument", id));
    }

    private List<ObjectNode> packages(Context ctx) {
        var export = curriculum.get();
        var base = ctx.scheme() + "://" + ctx.host();
        var kept = rendered;
        // The curriculum supplier hands out the same tree until a write: render it once per tree and base URL.
        if (kept != null && kept.export() == export && kept.base().equals(base)) {
            return kept.packages();
        }
        var writer = new CasePackageWriter(export, base);
        var packages = new ArrayList<ObjectNode>();
        for (var framework : export.path("frameworks")) {
            var changed = changedAt.apply(framework.path("id").asText()).orElse(OffsetDateTime.now());
            packages.add(writer.cfPackage(framework, changed));
        }
        var list = List.copyOf(packages);
        rendered = new Rendered(export, base, list);
        return list;
    }

    private static java.util.stream.Stream<JsonNode> stream(List<ObjectNode> packages, String section) {
        return packages.stream()
                .flatMap(p ->
                        java.util.stream.StreamSupport.stream(p.path(section).spliterator(), false));
    }
}
