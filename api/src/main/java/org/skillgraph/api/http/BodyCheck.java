package org.skillgraph.api.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.seed.bundle.EntityId;

/**
 * Validates a parsed request body field by field and collects every problem with its JSON pointer, so a
 * caller learns about all bad fields at once. The rules are the bundle format's (docs/import-format.md). Public
 * for the feature packages that check bodies of their own (xAPI statements and mappings).
 */
public final class BodyCheck {

    /** The bundle format's id syntax, shared with the importer. */
    static final Pattern ID = EntityId.PATTERN;

    static final int MAX_NAME = 300;
    static final int MAX_TEXT = 4000;

    private final List<FieldError> errors = new ArrayList<>();

    public BodyCheck() {}

    /** Records a problem at {@code pointer}, a JSON pointer into the body ({@code ""} is the whole body). */
    public void fail(String pointer, String message) {
        errors.add(new FieldError(pointer, message));
    }

    /** How many problems were found so far. */
    public int count() {
        return errors.size();
    }

    boolean present(String pointer, Object value) {
        if (value == null) {
            fail(pointer, "is required");
            return false;
        }
        return true;
    }

    void id(String pointer, String value) {
        if (value != null && !ID.matcher(value).matches()) {
            fail(pointer, EntityId.RULE);
        }
    }

    void name(String pointer, String value) {
        if (present(pointer, value)) {
            text(pointer, value, MAX_NAME);
            if (value.isBlank()) {
                fail(pointer, "must not be blank");
            }
        }
    }

    void text(String pointer, String value, int max) {
        if (value != null && value.length() > max) {
            fail(pointer, "must be at most " + max + " characters");
        }
    }

    void range(String pointer, Number value, double min, double max) {
        if (value != null && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
            fail(pointer, "must be between " + format(min) + " and " + format(max) + ", was " + value);
        }
    }

    void oneOf(String pointer, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            fail(
                    pointer,
                    "must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    /** A list of ids: each valid, none twice. */
    void ids(String pointer, List<String> values) {
        each(pointer, values, (at, value) -> id(at, value));
        unique(pointer, values, v -> v);
    }

    /** Checks each non-null item; a {@code null} item is an error. */
    <T> void each(String pointer, List<T> items, BiConsumer<String, T> check) {
        for (int i = 0; i < items.size(); i++) {
            if (present(pointer + "/" + i, items.get(i))) {
                check.accept(pointer + "/" + i, items.get(i));
            }
        }
    }

    /** Reports each item whose key an earlier item already had. */
    <T> void unique(String pointer, List<T> items, java.util.function.Function<T, String> key) {
        var seen = new HashSet<String>();
        for (int i = 0; i < items.size(); i++) {
            var k = items.get(i) == null ? null : key.apply(items.get(i));
            if (k != null && !seen.add(k)) {
                fail(pointer + "/" + i, "'" + k + "' is listed twice");
            }
        }
    }

    /** Throws one {@code invalid-body} problem naming every bad field, if any. */
    public void throwIfInvalid(String what) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(
                    "invalid-body",
                    "The " + what + " is invalid: " + errors.size() + " problem(s); nothing was written",
                    errors);
        }
    }

    /** Throws one problem with the feature's own {@code code} naming every bad field, the first in the detail. */
    public void throwIfInvalid(String code, String what) {
        if (!errors.isEmpty()) {
            var first = errors.get(0);
            throw new InvalidRequestException(
                    code,
                    "The " + what + " is invalid: " + errors.size() + " problem(s), first at '" + first.pointer()
                            + "': " + first.message() + "; nothing was written",
                    errors);
        }
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
