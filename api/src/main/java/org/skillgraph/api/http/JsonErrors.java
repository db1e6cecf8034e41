package org.skillgraph.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;

/** Says what is wrong with a body Jackson could not read in JSON terms, without naming Java types. */
final class JsonErrors {

    private JsonErrors() {}

    static String describe(JsonProcessingException e) {
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
