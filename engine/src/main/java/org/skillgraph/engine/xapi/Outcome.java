package org.skillgraph.engine.xapi;

import java.util.HashMap;
import java.util.Map;

/**
 * What applying one statement did: {@code applied}, {@code noted} (mapped, nothing to record), {@code unmapped}
 * (waits for a mapping, replayed when one appears) or {@code unsupported} (a verb no mapping applies: final).
 */
record Outcome(String id, String status, String reason, String personId, String moduleId) {

    static final String APPLIED = "applied";
    static final String NOTED = "noted";
    static final String UNMAPPED = "unmapped";
    static final String UNSUPPORTED = "unsupported";

    static Outcome unmapped(String id, String reason) {
        return new Outcome(id, UNMAPPED, reason, null, null);
    }

    static Outcome unsupported(String id, String verb) {
        return new Outcome(
                id,
                UNSUPPORTED,
                "verb not mapped: " + verb + " (no mapping applies it; kept, never replayed)",
                null,
                null);
    }

    boolean waiting() {
        return UNMAPPED.equals(status);
    }

    Map<String, Object> row() {
        var row = new HashMap<String, Object>();
        row.put("id", id);
        row.put("status", status);
        row.put("reason", reason);
        row.put("personId", personId);
        row.put("moduleId", moduleId);
        return row;
    }
}
