package org.skillgraph.api.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Says what is wrong with a body Jackson could not read in JSON terms, without naming Java types. */
final class JsonErrors {

    private JsonErrors() {}

    /**
     * Where in the body the problem is: the member's path for a mapping error, the repeated key for a
     * duplicate, else the whole document.
     */
    static String pointer(JsonProcessingException e) {
        var duplicate = duplicateKey(e);
        if (duplicate.isPresent()) {
            return duplicate.get().getParsingContext().pathAsPointer().toString();
        }
        if (e instanceof JsonMappingException mapping) {
            var sb = new StringBuilder();
            for (var ref : mapping.getPath()) {
                sb.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
            }
            return sb.toString();
        }
        return "";
    }

    static String describe(JsonProcessingException e) {
        if (duplicateKey(e).isPresent()) {
            return "duplicate key: a member may appear once in an object";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            var known = new TreeSet<String>();
            unknown.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            return "unknown field '" + unknown.getPropertyName() + "'; known fields: " + String.join(", ", known);
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + jsonType(mismatch.getTargetType());
        }
        var message = e.getOriginalMessage() == null ? "malformed JSON" : e.getOriginalMessage();
        // Parser messages describe the JSON in their first sentence; what follows names Java types.
        var firstLine = message.lines().findFirst().orElse(message);
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "…" : firstLine;
    }

    /**
     * The parser that met a repeated key, also when data binding wrapped its error: Jackson's strict duplicate
     * detection has no exception type of its own, only this message. The parser still stands on the key.
     */
    private static Optional<JsonParser> duplicateKey(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException read
                    && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith("Duplicate field '")
                    && read.getProcessor() != null) {
                return Optional.of(read.getProcessor());
            }
        }
        return Optional.empty();
    }

    private static String jsonType(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        } else if (Number.class.isAssignableFrom(type) || type == double.class) {
            return "a number";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (type == String.class) {
            return "a string";
        } else if (Temporal.class.isAssignableFrom(type)) {
            return "a date, YYYY-MM-DD";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        } else if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }
}
