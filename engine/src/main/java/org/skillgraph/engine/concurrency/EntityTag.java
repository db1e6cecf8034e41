package org.skillgraph.engine.concurrency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Value;

/**
 * The entity tag (ETag) of an entity: a hash of its stored state, that is its node's properties and its
 * outgoing relationships (type, the other end's id, the relationship's properties). Outgoing
 * relationships are what an entity owns (a skill's prerequisites, a role's profile, a person's holdings);
 * incoming ones belong to other entities. A hash rather than a revision counter means every writer (the
 * editor, a bundle import, a forced delete elsewhere) changes the tag when it changes the state, and
 * several API nodes compute the same tag without coordination.
 */
public final class EntityTag {

    private EntityTag() {}

    /**
     * The tag of the state in the columns {@code properties} (a map) and {@code outgoing} (a list of
     * {@code {type, to, properties}}) as projected by the detail queries and the editor's lock statement.
     */
    public static String of(Value properties, Value outgoing) {
        var relationships = new ArrayList<String>();
        for (var relationship : outgoing.asList(Value::asObject)) {
            relationships.add(canonical(relationship));
        }
        // Relationship order is not part of the state: Neo4j returns them in no particular order.
        relationships.sort(null);
        var state = canonical(properties.asObject()) + "|" + String.join(",", relationships);
        return "\"" + HexFormat.of().formatHex(sha256(state), 0, 10) + "\"";
    }

    /** A deterministic, type-tagged rendering: map keys sorted, strings length-prefixed so none can collide. */
    static String canonical(Object value) {
        if (value == null) {
            return "n";
        } else if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            var parts = new ArrayList<String>();
            sorted.forEach((k, v) -> parts.add(canonical(k) + "=" + canonical(v)));
            return "{" + String.join(",", parts) + "}";
        } else if (value instanceof List<?> list) {
            var parts = new ArrayList<String>();
            list.forEach(v -> parts.add(canonical(v)));
            return "[" + String.join(",", parts) + "]";
        } else if (value instanceof String s) {
            return "s" + s.length() + ":" + s;
        }
        return value.getClass().getSimpleName() + ":" + value;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
