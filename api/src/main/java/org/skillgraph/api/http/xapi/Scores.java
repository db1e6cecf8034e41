package org.skillgraph.api.http.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import org.skillgraph.api.http.BodyCheck;

/** A statement's score on 0–100, checked against the ranges xAPI sets. */
record Scores(Double value, boolean invalid) {

    private static final Scores NONE = new Scores(null, false);
    private static final Scores BAD = new Scores(null, true);

    static Scores of(JsonNode result, String pointer, BodyCheck errors) {
        var score = result.get("score");
        if (score == null) {
            return NONE;
        }
        var at = pointer + "/score";
        if (!score.isObject()) {
            errors.fail(at, "must be an object");
            return BAD;
        }
        int before = errors.count();
        var scaled = number(score, "scaled", at, errors);
        var raw = number(score, "raw", at, errors);
        var min = number(score, "min", at, errors);
        var max = number(score, "max", at, errors);
        if (scaled != null && (scaled < -1 || scaled > 1)) {
            errors.fail(at + "/scaled", "must be between -1 and 1, was " + scaled);
        }
        if (min != null && max != null && min >= max) {
            errors.fail(at + "/max", "must be greater than min");
        } else if (raw != null && ((min != null && raw < min) || (max != null && raw > max))) {
            errors.fail(at + "/raw", "must lie between min and max, was " + raw);
        }
        if (errors.count() > before) {
            return BAD;
        }
        if (scaled != null) {
            return new Scores(Math.max(0, scaled) * 100, false);
        }
        if (raw != null && min != null && max != null) {
            // In decimals: raw − min and max − min of doubles near the largest double overflow to infinity.
            var span = BigDecimal.valueOf(max).subtract(BigDecimal.valueOf(min));
            var placed = BigDecimal.valueOf(raw).subtract(BigDecimal.valueOf(min));
            return new Scores(
                    placed.multiply(BigDecimal.valueOf(100))
                            .divide(span, MathContext.DECIMAL64)
                            .doubleValue(),
                    false);
        }
        return raw != null && raw >= 0 && raw <= 100 ? new Scores(raw, false) : NONE;
    }

    private static Double number(JsonNode score, String field, String at, BodyCheck errors) {
        var value = score.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            errors.fail(at + "/" + field, "must be a finite number");
            return null;
        }
        return value.asDouble();
    }
}
