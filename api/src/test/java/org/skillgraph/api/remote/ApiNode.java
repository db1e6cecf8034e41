package org.skillgraph.api.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** One {@code skillgraph serve} process as an HTTP client sees it: every request carries one bearer token. */
record ApiNode(String name, URI base, String token, ChildJvm process) {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status, body (null when empty) and entity tag (null when none). */
    record Answer(int status, JsonNode body, String etag) {

        JsonNode at(String pointer) {
            return body.at(pointer);
        }
    }

    ApiNode as(String otherToken) {
        return new ApiNode(name, base, otherToken, process);
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer post(String path, String body) {
        return send("POST", path, body, null);
    }

    Answer put(String path, String body, String ifMatch) {
        return send("PUT", path, body, ifMatch);
    }

    Answer delete(String path) {
        return send("DELETE", path, null, null);
    }

    Answer send(String method, String path, String body, String ifMatch) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var text = response.body();
            return new Answer(
                    response.statusCode(),
                    text.isEmpty() ? null : JSON.readTree(text),
                    response.headers().firstValue("ETag").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
