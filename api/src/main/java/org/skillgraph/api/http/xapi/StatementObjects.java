package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import org.skillgraph.api.http.BodyCheck;

/**
 * The key a statement's object is mapped by: an Activity's id (the default object type); a StatementRef, Agent,
 * Group or SubStatement is stored under its type and cannot map to a module.
 */
final class StatementObjects {

    private StatementObjects() {}

    static String key(JsonNode object, String pointer, BodyCheck errors) {
        if (object == null || !object.isObject()) {
            errors.fail(pointer, "is required");
            return null;
        }
        var type = object.path("objectType").asText("Activity");
        return switch (type) {
            case "Activity" -> Iris.absolute(object.get("id"), pointer + "/id", errors);
            case "StatementRef" -> {
                var id = object.get("id");
                if (id == null || !Uuids.valid(id.asText())) {
                    errors.fail(pointer + "/id", "must be a UUID");
                    yield null;
                }
                yield "statement:" + id.asText();
            }
            case "Agent", "Group" -> {
                var key = Actors.key(object, pointer, errors);
                yield key == null ? null : "agent:" + key;
            }
            case "SubStatement" -> "substatement";
            default -> {
                errors.fail(pointer + "/objectType", "must be Activity, Agent, Group, StatementRef or SubStatement");
                yield null;
            }
        };
    }
}
