package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import org.skillgraph.api.http.BodyCheck;

/** Checks that a value is an absolute IRI, as xAPI requires of verb, activity and account ids. */
final class Iris {

    private Iris() {}

    static String absolute(JsonNode value, String pointer, BodyCheck errors) {
        if (value == null || !value.isTextual()) {
            errors.fail(pointer, "is required: an absolute IRI");
            return null;
        }
        try {
            if (new URI(value.asText()).isAbsolute()) {
                return value.asText();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        errors.fail(pointer, "must be an absolute IRI, was '" + value.asText() + "'");
        return null;
    }
}
