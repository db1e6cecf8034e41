package org.skillgraph.engine.xapi;

import java.util.HashMap;
import java.util.Map;

/** What applying one statement did: {@code applied}, {@code noted} (mapped, nothing to record) or {@code unmapped}. */
record Outcome(String id, String status, String reason, String personId, String moduleId) {

    static final String APPLIED = "applied";
    static final String NOTED = "noted";
    static final String UNMAPPED = "unmapped";

    static Outcome unmapped(String id, String reason) {
        return new Outcome(id, UNMAPPED, reason, null, null);
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
