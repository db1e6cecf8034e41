package org.skillgraph.api.http;

import io.javalin.testtools.HttpClient;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Consumer;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.access.IssuedToken;

/** Requests as a learning system sends them: HTTP Basic with a connector token, the xAPI version header. */
final class XapiClient {

    private final HttpClient client;
    private final String authorization;

    private XapiClient(HttpClient client, String authorization) {
        this.client = client;
        this.authorization = authorization;
    }

    /** A client with a new connector token, sent as Basic (token id : secret). */
    static XapiClient connector(HttpClient client) {
        return new XapiClient(client, basic(ApiFixture.issued(AccessRole.CONNECTOR, null)));
    }

    static String basic(IssuedToken token) {
        return basic(token.token().id(), token.secret());
    }

    static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    Response post(String body) {
        return client.post("/xapi/statements", body, headers("1.0.3"));
    }

    Response put(String statementId, String body) {
        return client.put("/xapi/statements?statementId=" + statementId, body, headers("1.0.3"));
    }

    Response get(String statementId) {
        return client.get("/xapi/statements?statementId=" + statementId, headers("1.0.3"));
    }

    Consumer<io.javalin.testtools.Request.Builder> headers(String version) {
        return request -> {
            request.header("Authorization", authorization);
            if (version != null) {
                request.header("X-Experience-API-Version", version);
            }
        };
    }

    /** A statement fixture from {@code /xapi/}, see {@code SOURCES.md} there. */
    static String fixture(String name) {
        try (var in = XapiClient.class.getResourceAsStream("/xapi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
