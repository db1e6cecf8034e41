package org.skillgraph.seed.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.TreeMap;

/**
 * The canonical form of an exported bundle: object keys sorted, {@code null}s, empty lists and empty objects
 * left out (the import reads an absent list as empty), empty sections dropped, and the integers the bundle
 * format types as integers (career levels of segments) written without a fraction.
 */
final class Canonical {

    private Canonical() {}

    static ObjectNode of(ObjectNode bundle) {
        var out = (ObjectNode) clean(bundle);
        out.path("cohorts").forEach(c -> c.path("segments").forEach(Canonical::integralRoleLevel));
        for (var section : names(out)) {
            if (out.get(section).isArray() && out.get(section).isEmpty()) {
                out.remove(section);
            }
        }
        return out;
    }

    private static JsonNode clean(JsonNode node) {
        if (node.isObject()) {
            var sorted = new TreeMap<String, JsonNode>();
            node.properties().forEach(e -> {
                var value = clean(e.getValue());
                if (!absent(value)) {
                    sorted.put(e.getKey(), value);
                }
            });
            var out = JsonNodeFactory.instance.objectNode();
            sorted.forEach(out::set);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(clean(n)));
            return out;
        }
        return node;
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull() || (value.isContainerNode() && value.isEmpty());
    }

    private static void integralRoleLevel(JsonNode segment) {
        var range = segment.get("roleLevel");
        if (range instanceof ObjectNode bounds) {
            for (var bound : new String[] {"min", "max"}) {
                if (bounds.has(bound)) {
                    bounds.set(bound, IntNode.valueOf(bounds.get(bound).asInt()));
                }
            }
        }
    }

    private static java.util.List<String> names(ObjectNode node) {
        var names = new ArrayList<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
