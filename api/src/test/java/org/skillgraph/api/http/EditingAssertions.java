package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.Response;
import java.util.ArrayList;
import java.util.List;

/** Assertions the editing API tests share: answers with a status, their ETag, problem documents. */
final class EditingAssertions {

    private EditingAssertions() {}

    /** The JSON body of an answer that must have {@code status}; the body is the failure message otherwise. */
    static JsonNode answer(Response response, int status) {
        var body = response.body().string();
        assertThat(response.code()).as(body).isEqualTo(status);
        try {
            return body.isEmpty() ? ApiFixture.JSON.missingNode() : ApiFixture.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A problem document with {@code status} and {@code code}. */
    static JsonNode problem(Response response, int status, String code) {
        assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/problem+json");
        var problem = answer(response, status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        return problem;
    }

    static List<String> pointers(JsonNode problem) {
        var pointers = new ArrayList<String>();
        problem.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        return pointers;
    }

    static String etag(Response response) {
        var tags = response.headers().get("ETag");
        assertThat(tags).as("ETag header").hasSize(1);
        return tags.get(0);
    }

    static List<String> texts(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
