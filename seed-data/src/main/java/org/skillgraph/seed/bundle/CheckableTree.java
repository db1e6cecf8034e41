package org.skillgraph.seed.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What of a bundle the checks after the schema can still look at. An entry (a skill, a person, ...) the
 * schema refused becomes a stub holding only its id, so its references are not checked but references to
 * it resolve, its id still counts for duplicates, and every other entry keeps its index (and its pointers).
 * A top-level field the schema refused (an unknown section, a section that is not a list) is left out.
 */
final class CheckableTree {

    private static final Set<String> SECTIONS =
            Set.of("topics", "skills", "roles", "modules", "people", "cohorts", "badges", "frameworks");

    private CheckableTree() {}

    static ObjectNode of(JsonNode tree, List<BundleProblem> schemaProblems) {
        if (!tree.isObject()) {
            return JsonNodeFactory.instance.objectNode();
        }
        var copy = (ObjectNode) tree.deepCopy();
        var pointers = new HashSet<String>();
        schemaProblems.forEach(p -> pointers.add(p.pointer()));
        for (var pointer : pointers) {
            var segments = pointer.split("/", -1);
            if (segments.length < 2) {
                continue;
            }
            var field = unescape(segments[1]);
            if (segments.length == 2
                    || !SECTIONS.contains(field)
                    || !copy.path(field).isArray()) {
                copy.remove(field);
            } else if (isIndex(segments[2])
                    && Integer.parseInt(segments[2]) < copy.get(field).size()) {
                int index = Integer.parseInt(segments[2]);
                var array = (ArrayNode) copy.get(field);
                array.set(index, stub(array.get(index), "/" + field + "/" + index, pointers));
            }
        }
        return copy;
    }

    private static ObjectNode stub(JsonNode entry, String at, Set<String> badPointers) {
        var id = entry.path("id");
        var usable = id.isTextual() && !badPointers.contains(at + "/id");
        // "#" cannot start a valid id, so nothing that passed the schema refers to a stub's made-up id.
        return JsonNodeFactory.instance.objectNode().put("id", usable ? id.asText() : "#" + at);
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.length() < 10 && segment.chars().allMatch(Character::isDigit);
    }

    private static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }
}
