package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.databind.JsonNode;

/** A statement's score on 0–100, checked against the ranges xAPI sets. */
record Scores(Double value, boolean invalid) {

    private static final Scores NONE = new Scores(null, false);
    private static final Scores BAD = new Scores(null, true);

    static Scores of(JsonNode result, String pointer, StatementErrors errors) {
        var score = result.get("score");
        if (score == null) {
            return NONE;
        }
        var at = pointer + "/score";
        if (!score.isObject()) {
            errors.add(at, "must be an object");
            return BAD;
        }
        int before = errors.count();
        var scaled = number(score, "scaled", at, errors);
        var raw = number(score, "raw", at, errors);
        var min = number(score, "min", at, errors);
        var max = number(score, "max", at, errors);
        if (scaled != null && (scaled < -1 || scaled > 1)) {
            errors.add(at + "/scaled", "must be between -1 and 1, was " + scaled);
        }
        if (min != null && max != null && min >= max) {
            errors.add(at + "/max", "must be greater than min");
        } else if (raw != null && ((min != null && raw < min) || (max != null && raw > max))) {
            errors.add(at + "/raw", "must lie between min and max, was " + raw);
        }
        if (errors.count() > before) {
            return BAD;
        }
        if (scaled != null) {
            return new Scores(Math.max(0, scaled) * 100, false);
        }
        if (raw != null && min != null && max != null) {
            return new Scores((raw - min) / (max - min) * 100, false);
        }
        return raw != null && raw >= 0 && raw <= 100 ? new Scores(raw, false) : NONE;
    }

    private static Double number(JsonNode score, String field, String at, StatementErrors errors) {
        var value = score.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            errors.add(at + "/" + field, "must be a number");
            return null;
        }
        return value.asDouble();
    }
}
