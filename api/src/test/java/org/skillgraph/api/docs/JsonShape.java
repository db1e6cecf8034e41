package org.skillgraph.api.docs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares an answer shown in the docs with the real one. Every shown member must be there with an equal
 * value (numbers by value, so 58 equals 58.0); members not shown are allowed, so new fields do not break
 * docs. Arrays match in order and in length, except where an element is an elision: a string starting with
 * {@code …} stands for any number of elements there. A string value {@code "…"} matches any value, and
 * {@code "ev-…"} any string starting with {@code ev-}. A member whose name starts with {@code …} elides the
 * rest of its object and is otherwise ignored. Where a doc says its numbers are rounded, a shown number equals
 * the answer's rounded (half up) to the digits shown.
 */
public final class JsonShape {

    static final String ELISION = "…";

    /** The first difference as {@code pointer: what differs}, or empty when the answer has the shown shape. */
    public static Optional<String> firstDifference(JsonNode shown, JsonNode actual) {
        return new JsonShape(false).diff("", shown, actual);
    }

    /** As {@link #firstDifference}, numbers compared at the precision the doc shows. */
    public static Optional<String> firstDifferenceRounded(JsonNode shown, JsonNode actual) {
        return new JsonShape(true).diff("", shown, actual);
    }

    private final boolean rounded;

    private JsonShape(boolean rounded) {
        this.rounded = rounded;
    }

    private Optional<String> diff(String pointer, JsonNode shown, JsonNode actual) {
        if (shown.isTextual() && shown.asText().endsWith(ELISION)) {
            var prefix = shown.asText().substring(0, shown.asText().length() - ELISION.length());
            return prefix.isEmpty() || (actual.isTextual() && actual.asText().startsWith(prefix))
                    ? Optional.empty()
                    : differs(pointer, shown, actual);
        }
        if (shown.isObject()) {
            return actual.isObject() ? object(pointer, shown, actual) : differs(pointer, shown, actual);
        }
        if (shown.isArray()) {
            return actual.isArray() ? array(pointer, shown, actual) : differs(pointer, shown, actual);
        }
        if (shown.isNumber() && actual.isNumber()) {
            var value = actual.decimalValue();
            if (rounded && value.scale() > shown.decimalValue().scale()) {
                value = value.setScale(shown.decimalValue().scale(), java.math.RoundingMode.HALF_UP);
            }
            return shown.decimalValue().compareTo(value) == 0 ? Optional.empty() : differs(pointer, shown, actual);
        }
        return shown.equals(actual) ? Optional.empty() : differs(pointer, shown, actual);
    }

    private Optional<String> object(String pointer, JsonNode shown, JsonNode actual) {
        for (var field : shown.properties()) {
            if (field.getKey().startsWith(ELISION)) {
                continue;
            }
            var path = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            if (!actual.has(field.getKey())) {
                return Optional.of(at(path) + ": shown " + field.getValue() + ", but the answer has no such member");
            }
            var difference = diff(path, field.getValue(), actual.get(field.getKey()));
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    /** Fixed runs of elements between elisions, matched left to right; the last run sits at the end. */
    private Optional<String> array(String pointer, JsonNode shown, JsonNode actual) {
        var runs = new ArrayList<List<JsonNode>>();
        runs.add(new ArrayList<>());
        for (var element : shown) {
            if (element.isTextual() && element.asText().startsWith(ELISION)) {
                runs.add(new ArrayList<>());
            } else {
                runs.get(runs.size() - 1).add(element);
            }
        }
        if (runs.size() == 1 && shown.size() != actual.size()) {
            return Optional.of(at(pointer) + ": shown " + shown.size() + " elements, the answer has " + actual.size());
        }
        var first = runs.get(0);
        var prefix = run(pointer, first, actual, 0);
        if (prefix.isPresent() || runs.size() == 1) {
            return prefix;
        }
        int cursor = first.size();
        for (var middle : runs.subList(1, runs.size() - 1)) {
            int found = find(pointer, middle, actual, cursor);
            if (found < 0) {
                return Optional.of(
                        at(pointer) + ": no elements from index " + cursor + " on match the shown " + middle);
            }
            cursor = found + middle.size();
        }
        var last = runs.get(runs.size() - 1);
        int start = actual.size() - last.size();
        if (start < cursor) {
            return Optional.of(at(pointer) + ": shown at least " + (cursor + last.size()) + " elements, the answer has "
                    + actual.size());
        }
        return run(pointer, last, actual, start);
    }

    private int find(String pointer, List<JsonNode> run, JsonNode actual, int from) {
        for (int start = from; start + run.size() <= actual.size(); start++) {
            if (run(pointer, run, actual, start).isEmpty()) {
                return start;
            }
        }
        return -1;
    }

    private Optional<String> run(String pointer, List<JsonNode> run, JsonNode actual, int start) {
        for (int i = 0; i < run.size(); i++) {
            var path = pointer + "/" + (start + i);
            if (start + i >= actual.size()) {
                return Optional.of(at(path) + ": shown " + run.get(i) + ", but the answer has only " + actual.size()
                        + " elements");
            }
            var difference = diff(path, run.get(i), actual.get(start + i));
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> differs(String pointer, JsonNode shown, JsonNode actual) {
        return Optional.of(at(pointer) + ": shown " + shown + ", the answer has " + abbreviated(actual));
    }

    private static String at(String pointer) {
        return pointer.isEmpty() ? "(root)" : pointer;
    }

    private static String abbreviated(JsonNode node) {
        var text = node.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
