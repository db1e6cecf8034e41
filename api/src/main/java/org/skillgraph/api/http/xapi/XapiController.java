package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.skillgraph.api.http.ApiRoutes;
import org.skillgraph.api.http.QueryParams;
import org.skillgraph.api.http.auth.Access;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.xapi.XapiService;

/**
 * The statement resource of an xAPI 1.0.3 learning record store, the subset a learning system needs to send
 * results: store (POST, PUT with {@code statementId}), read one back, and {@code about}.
 */
public final class XapiController {

    static final String VERSION = "1.0.3";
    private static final String VERSION_HEADER = "X-Experience-API-Version";

    private final XapiService statements;
    private final ObjectMapper mapper;
    private final StatementParser parser;

    public XapiController(XapiService statements, ObjectMapper mapper) {
        this.statements = statements;
        this.mapper = mapper;
        this.parser = new StatementParser(mapper);
    }

    public void register(ApiRoutes routes) {
        routes.get("/xapi/about", Access.OPEN, ctx -> answer(ctx).json(Map.of("version", List.of(VERSION))));
        routes.post("/xapi/statements", Access.XAPI, this::post);
        routes.put("/xapi/statements", Access.XAPI, this::put);
        routes.get("/xapi/statements", Access.XAPI, this::get);
    }

    private void post(Context ctx) throws IOException {
        checkVersion(ctx);
        var parsed = parser.parse(mapper.readTree(ctx.bodyAsBytes()), statements.today());
        answer(ctx).json(statements.ingest(parsed).ids());
    }

    private void put(Context ctx) throws IOException {
        checkVersion(ctx);
        var id = statementId(ctx);
        var body = mapper.readTree(ctx.bodyAsBytes());
        if (body == null || !body.isObject()) {
            throw invalid("", "PUT takes one statement object");
        }
        if (body.has("id") && !id.equalsIgnoreCase(body.get("id").asText())) {
            throw invalid("/id", "differs from the statementId parameter");
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("id", id);
        statements.ingest(parser.parse(body, statements.today()));
        answer(ctx).status(204);
    }

    private void get(Context ctx) {
        checkVersion(ctx);
        var id = statementId(ctx);
        var raw = statements.statement(id).orElseThrow(() -> new NotFoundException("statement", id));
        answer(ctx).contentType("application/json").result(raw);
    }

    /** The {@code statementId} query parameter, a UUID; absent or malformed answers 400 {@code invalid-parameter}. */
    private static String statementId(Context ctx) {
        var params = new QueryParams(ctx);
        var id = params.text("statementId");
        if (id == null || !Uuids.valid(id)) {
            params.addAll(List.of(new FieldError(
                    "query:statementId",
                    "statementId (the statement's UUID) is required"
                            + (id == null ? "" : ", was '" + QueryParams.abbreviate(id) + "'"))));
        }
        params.validate();
        return id.toLowerCase(java.util.Locale.ROOT);
    }

    private static void checkVersion(Context ctx) {
        var version = ctx.header(VERSION_HEADER);
        if (version == null || !version.strip().matches("1\\.0(\\.\\d+)?")) {
            var message = "must be 1.0.x, was " + (version == null ? "absent" : "'" + version + "'");
            throw new InvalidRequestException(
                    "xapi-version",
                    VERSION_HEADER + " " + message,
                    List.of(new FieldError("header:" + VERSION_HEADER, message)));
        }
    }

    private static Context answer(Context ctx) {
        return ctx.header(VERSION_HEADER, VERSION);
    }

    private static InvalidRequestException invalid(String pointer, String message) {
        return new InvalidRequestException(
                "invalid-xapi-statement", message, List.of(new FieldError(pointer, message)));
    }
}
