package org.skillgraph.seed.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundle schema's findings in plain words, one per offending value. A misspelt field names the
 * allowed field it is closest to ({@link Suggestions}); a date or an id that breaks both its format and its
 * pattern is reported once.
 */
final class SchemaProblems {

    private final JsonSchema schema;
    private final JsonNode schemaTree;

    SchemaProblems(JsonSchema schema, JsonNode schemaTree) {
        this.schema = schema;
        this.schemaTree = schemaTree;
    }

    List<BundleProblem> of(JsonNode bundle) {
        var problems = new ArrayList<BundleProblem>();
        for (var m : schema.validate(bundle)) {
            problems.add(describe(m));
        }
        return BundleProblems.ordered(problems);
    }

    private BundleProblem describe(ValidationMessage m) {
        var at = m.getInstanceLocation().toString();
        var keyword = m.getType();
        var args = m.getArguments();
        var value = m.getInstanceNode();
        return switch (keyword) {
            case "additionalProperties" ->
                unknownField(
                        at, m.getProperty(), m.getSchemaLocation().getFragment().toString());
            case "required" ->
                new BundleProblem(at + "/" + m.getProperty(), "required field '" + m.getProperty() + "' is missing");
            case "type" ->
                new BundleProblem(
                        at, "must be " + article(args[1].toString()) + ", not " + article(args[0].toString()));
            case "enum" -> new BundleProblem(at, notOneOf(value, args[0].toString()));
            case "minimum" -> new BundleProblem(at, "must be at least " + args[0] + ", not " + value);
            case "maximum" -> new BundleProblem(at, "must be at most " + args[0] + ", not " + value);
            case "exclusiveMinimum" -> new BundleProblem(at, "must be more than " + args[0] + ", not " + value);
            case "minLength" -> new BundleProblem(at, "must not be empty");
            case "uniqueItems" -> new BundleProblem(at, "lists the same value more than once");
            case "minProperties" -> new BundleProblem(at, "must have at least " + args[0] + " field(s)");
            case "format", "pattern" ->
                patterned(at, value, m.getSchemaLocation().getFragment().toString());
            default -> new BundleProblem(at, m.getError() == null ? m.getMessage() : m.getError());
        };
    }

    private BundleProblem unknownField(String at, String field, String schemaPointer) {
        // The keyword sits in the object's schema: its sibling "properties" lists the allowed fields.
        var objectSchema = schemaTree.at(schemaPointer.substring(0, schemaPointer.lastIndexOf('/')));
        var allowed = new ArrayList<String>();
        objectSchema.path("properties").fieldNames().forEachRemaining(allowed::add);
        var message = "unknown field '" + field + "'"
                + Suggestions.closest(field, allowed)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("; allowed here: " + String.join(", ", allowed));
        return new BundleProblem(at + "/" + Pointers.escape(field), message);
    }

    private static BundleProblem patterned(String at, JsonNode value, String schemaPointer) {
        var shown = value == null ? "the value" : value.toString();
        if (schemaPointer.startsWith("/$defs/date/")) {
            return new BundleProblem(at, shown + " is not a date: write YYYY-MM-DD, e.g. 2026-03-10");
        }
        if (schemaPointer.startsWith("/$defs/id/")) {
            return new BundleProblem(
                    at,
                    shown + " is not a valid id: 1-200 letters, digits or . _ : / -, starting with a letter or digit");
        }
        return new BundleProblem(at, shown + " does not have the expected form");
    }

    private static String notOneOf(JsonNode value, String choices) {
        var allowed = new ArrayList<String>();
        for (var choice : choices.replaceAll("[\\[\\]\"]", "").split(",")) {
            allowed.add(choice.strip());
        }
        var shown = value == null ? "the value" : value.toString();
        var hint = value != null && value.isTextual()
                ? Suggestions.closest(value.asText(), allowed)
                        .map(s -> "; did you mean '" + s + "'?")
                        .orElse("")
                : "";
        return shown + " is not one of " + String.join(", ", allowed) + hint;
    }

    private static String article(String type) {
        return switch (type) {
            case "integer", "array", "object" -> "an " + type;
            case "null" -> "null";
            default -> "a " + type;
        };
    }
}
