package org.skillgraph.api.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.paging.Cursor;

/**
 * Reads query parameters and collects every problem before failing, so a caller learns about all bad
 * parameters at once. Call {@link #validate()} after the last read.
 */
public final class QueryParams {

    private static final int MAX_TEXT = 200;

    private final Context ctx;
    private final List<FieldError> errors = new ArrayList<>();

    public QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    /** An optional text parameter, trimmed; blank means absent. */
    public String text(String name) {
        var value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            errors.add(new FieldError("query:" + name, name + " must be at most " + MAX_TEXT + " characters"));
            return null;
        }
        return value.strip();
    }

    /** An optional integer within bounds. */
    public Integer integer(String name, int min, int max) {
        var value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min || parsed > max) {
                errors.add(new FieldError(
                        "query:" + name, name + " must be between " + min + " and " + max + ", was " + parsed));
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("query:" + name, name + " must be an integer, was '" + abbreviate(value) + "'"));
            return null;
        }
    }

    /** An optional positive number within bounds. */
    public Double decimal(String name, double min, double max) {
        var value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (!(parsed >= min && parsed <= max)) {
                errors.add(new FieldError(
                        "query:" + name, name + " must be between " + min + " and " + max + ", was " + parsed));
                return null;
            }
            return parsed;
        } catch (NumberFormatException e) {
            errors.add(new FieldError("query:" + name, name + " must be a number, was '" + abbreviate(value) + "'"));
            return null;
        }
    }

    /** An optional boolean ({@code true}/{@code false}); absent gives {@code fallback}. */
    /** An ISO-8601 instant ({@code 2026-11-29T10:00:00Z}) or a date, read as its start in UTC. */
    public java.time.Instant instant(String name) {
        var value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10
                    ? java.time.LocalDate.parse(value)
                            .atStartOfDay(java.time.ZoneOffset.UTC)
                            .toInstant()
                    : java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(
                    "query:" + name, name + " must be an ISO date or instant, was '" + abbreviate(value) + "'"));
            return null;
        }
    }

    public boolean bool(String name, boolean fallback) {
        var value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new FieldError(
                        "query:" + name, name + " must be true or false, was '" + abbreviate(value) + "'"));
                yield fallback;
            }
        };
    }

    /** An optional value from a closed set. */
    public String oneOf(String name, Set<String> allowed) {
        var value = text(name);
        if (value != null && !allowed.contains(value)) {
            errors.add(new FieldError(
                    "query:" + name,
                    name + " must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()) + ", was '" + abbreviate(value)
                            + "'"));
            return null;
        }
        return value;
    }

    /** A comma-separated list of values from a closed set (repeated parameters are merged). */
    public Set<String> setOf(String name, Set<String> allowed) {
        var result = new LinkedHashSet<String>();
        for (var raw : ctx.queryParams(name)) {
            for (var part : raw.split(",")) {
                var value = part.strip();
                if (value.isEmpty()) {
                    continue;
                }
                if (allowed != null && !allowed.contains(value)) {
                    errors.add(new FieldError(
                            "query:" + name,
                            name + " values must be among "
                                    + String.join(
                                            ", ", allowed.stream().sorted().toList()) + ", got '" + abbreviate(value)
                                    + "'"));
                } else {
                    result.add(value);
                }
            }
        }
        return result;
    }

    /** A comma-separated list of ids. */
    public List<String> ids(String name) {
        return List.copyOf(setOf(name, null));
    }

    /** The page size ({@code limit}) and cursor ({@code cursor}) of a listing. */
    public int limit() {
        var requested = integer("limit", 1, Cursor.MAX_LIMIT);
        return requested == null ? Cursor.DEFAULT_LIMIT : requested;
    }

    public String cursor() {
        return text("cursor");
    }

    /** Adds problems found by the caller's own parsing of a parameter. */
    public void addAll(List<FieldError> more) {
        errors.addAll(more);
    }

    /** Throws one {@link InvalidRequestException} naming every bad parameter read so far. */
    public void validate() {
        if (!errors.isEmpty()) {
            var names = errors.stream().map(FieldError::pointer).distinct().toList();
            throw new InvalidRequestException(
                    "invalid-parameter", "Invalid query parameter(s): " + String.join(", ", names), errors);
        }
    }

    /** {@code value} cut to 40 characters, to quote a bad value in a message. */
    public static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
