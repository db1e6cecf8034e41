package org.skillgraph.api.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.skillgraph.engine.error.FieldError;

/**
 * An RFC 9457 problem document. {@code type} is a stable URI per {@code code}; {@code errors} lists each
 * bad value with a JSON pointer; {@code extensions} carry problem-specific members such as a cycle.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    /** Problem types live under this base; each code is documented in the OpenAPI document. */
    public static final String TYPE_BASE = "https://skillgraph.org/problems/";

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(TYPE_BASE + code, title, status, detail, null, code, List.of(), Map.of());
    }

    public Problem withErrors(List<FieldError> newErrors) {
        return new Problem(type, title, status, detail, instance, code, newErrors, extensions);
    }

    public Problem withExtensions(Map<String, Object> newExtensions) {
        return new Problem(type, title, status, detail, instance, code, errors, newExtensions);
    }

    public Problem at(String path) {
        return new Problem(type, title, status, detail, path, code, errors, extensions);
    }

    @JsonAnyGetter
    Map<String, Object> anyExtensions() {
        return extensions;
    }
}
