package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.skillgraph.api.http.BodyCheck;
import org.skillgraph.engine.xapi.XapiStatement;

/**
 * Checks xAPI 1.0.3 statements and reduces each to an {@link XapiStatement}: a statement without an id gets a
 * random UUID, the score is put on 0–100 ({@code scaled} × 100, else {@code raw} within {@code min}–{@code max},
 * else a {@code raw} of 0–100 as it is), the day is the timestamp's (UTC), never later than today.
 */
final class StatementParser {

    private final ObjectMapper mapper;

    StatementParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Every statement of {@code body} (one statement or an array), all checked before any is returned. */
    List<XapiStatement> parse(JsonNode body, LocalDate today) {
        var errors = new BodyCheck();
        var nodes = new ArrayList<JsonNode>();
        if (body != null && body.isArray()) {
            body.forEach(nodes::add);
            if (nodes.isEmpty()) {
                errors.fail("", "must hold at least one statement");
            }
        } else {
            nodes.add(body);
        }
        boolean batch = body != null && body.isArray();
        var parsed = new ArrayList<XapiStatement>();
        var seen = new HashMap<String, String>();
        for (int i = 0; i < nodes.size(); i++) {
            var statement = one(nodes.get(i), batch ? "/" + i : "", today, errors);
            if (statement != null) {
                var earlier = seen.putIfAbsent(statement.id(), statement.raw());
                if (earlier != null && !earlier.equals(statement.raw())) {
                    errors.fail((batch ? "/" + i : "") + "/id", "repeats the id of a different statement");
                }
                parsed.add(statement);
            }
        }
        errors.throwIfInvalid("invalid-xapi-statement", "request of statements");
        return parsed;
    }

    private XapiStatement one(JsonNode node, String at, LocalDate today, BodyCheck errors) {
        if (node == null || !node.isObject()) {
            errors.fail(at, "must be a statement object");
            return null;
        }
        var statement = (ObjectNode) node.deepCopy();
        var id = id(statement, at, errors);
        var actorKey = Actors.key(statement.get("actor"), at + "/actor", errors);
        var verb = statement.get("verb");
        var verbId = verb == null || !verb.isObject()
                ? missing(at + "/verb", errors)
                : Iris.absolute(verb.get("id"), at + "/verb/id", errors);
        var activityId = StatementObjects.key(statement.get("object"), at + "/object", errors);
        var score = Scores.of(statement.path("result"), at + "/result", errors);
        var day = day(statement.get("timestamp"), at + "/timestamp", today, errors);
        if (id == null || actorKey == null || verbId == null || activityId == null || day == null || score.invalid()) {
            return null;
        }
        statement.put("id", id);
        var result = statement.path("result");
        return new XapiStatement(
                id,
                actorKey,
                verbId,
                activityId,
                score.value(),
                bool(result.get("success")),
                bool(result.get("completion")),
                day,
                json(statement));
    }

    private static String id(ObjectNode statement, String at, BodyCheck errors) {
        var id = statement.get("id");
        if (id == null) {
            return UUID.randomUUID().toString();
        }
        if (id.isTextual() && Uuids.valid(id.asText())) {
            return id.asText().toLowerCase(java.util.Locale.ROOT);
        }
        errors.fail(at + "/id", "must be a UUID such as 6690e6c9-3ef0-4ed3-8b37-7f3964730bee");
        return null;
    }

    private static String missing(String pointer, BodyCheck errors) {
        errors.fail(pointer, "is required");
        return null;
    }

    private static LocalDate day(JsonNode timestamp, String pointer, LocalDate today, BodyCheck errors) {
        if (timestamp == null) {
            return today;
        }
        try {
            var day = OffsetDateTime.parse(timestamp.asText())
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDate();
            return day.isAfter(today) ? today : day;
        } catch (DateTimeException e) {
            // A parse error, or a timestamp at the edge of the years Java can date that leaves them in UTC.
            errors.fail(pointer, "must be an ISO 8601 timestamp with a time zone");
            return null;
        }
    }

    private static Boolean bool(JsonNode value) {
        return value != null && value.isBoolean() ? value.asBoolean() : null;
    }

    private String json(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
