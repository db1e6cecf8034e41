package org.skillgraph.api.cli.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The CLI's side of a running server: the public HTTP API with a bearer token, answers as JSON trees. */
public final class ServerClient {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI base;
    private final String token;
    private final ObjectMapper json;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    public ServerClient(URI base, String token, ObjectMapper json) {
        this.base = base;
        this.token = token;
        this.json = json;
    }

    public URI base() {
        return base;
    }

    public JsonNode get(String path) {
        return send(request(path).GET());
    }

    public JsonNode post(String path, byte[] body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Posts {@code body} as {@code contentType} (a CSV upload, say) rather than JSON. */
    public JsonNode post(String path, byte[] body, String contentType) {
        return send(request(path)
                .setHeader("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public JsonNode delete(String path) {
        return send(request(path).DELETE());
    }

    /** {@code value} as one path segment: a user's id never changes the path it is put in. */
    public static String segment(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    /** {@code value} as JSON, for request bodies. */
    public byte[] bytes(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return json.treeToValue(node, type);
        } catch (IOException e) {
            throw new ServerRefusal(
                    "The server at " + base + " answered in an unexpected form", "unexpected", List.of());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofMinutes(15))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new ServerRefusal(
                    "No server answers at " + base + ": is it still starting, or did it stop?",
                    "unreachable",
                    List.of());
        } catch (IOException e) {
            throw new ServerRefusal(
                    "The server at " + base + " did not answer: " + e.getMessage(), "unreachable", List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerRefusal("Interrupted while waiting for " + base, "interrupted", List.of());
        }
        JsonNode body;
        try {
            body = response.body().length == 0 ? json.nullNode() : json.readTree(response.body());
        } catch (IOException e) {
            throw new ServerRefusal(
                    "The server at " + base + " answered " + response.statusCode() + " with no JSON",
                    "unexpected",
                    List.of());
        }
        if (response.statusCode() / 100 != 2) {
            throw refusal(response.statusCode(), body);
        }
        return body;
    }

    private ServerRefusal refusal(int status, JsonNode problem) {
        var errors = new ArrayList<ServerRefusal.Error>();
        problem.path("errors")
                .forEach(e -> errors.add(new ServerRefusal.Error(
                        e.path("pointer").asText(""), e.path("message").asText(""))));
        var detail = problem.path("detail").asText(problem.path("title").asText("HTTP " + status));
        return new ServerRefusal(
                "The server refused (" + status + " " + problem.path("code").asText("error") + "): " + detail,
                problem.path("code").asText("http-" + status),
                errors);
    }
}
