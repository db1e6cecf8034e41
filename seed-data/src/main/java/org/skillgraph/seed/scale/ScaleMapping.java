package org.skillgraph.seed.scale;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.skillgraph.seed.bundle.Bundle;

/**
 * A framework's proficiency scale mapped onto skillgraph's levels 0–5, explicitly: numeric scales by steps
 * (a value maps to the level of the last step whose {@code from} is at or below it, within {@code min} and
 * {@code max}), named scales value by value. Pure; {@link #problems} says what makes a declared scale
 * unusable and {@link #level} what a value maps to.
 */
public final class ScaleMapping {

    private final Bundle.Scale scale;
    private final boolean named;

    public ScaleMapping(Bundle.Scale scale) {
        this.scale = scale;
        this.named = !scale.mapping().isEmpty() && scale.mapping().get(0).value() != null;
    }

    /** Whether the scale names its values rather than numbering them. */
    public boolean named() {
        return named;
    }

    /** What is wrong with the declared scale, each with a pointer below {@code at}; empty when it is usable. */
    public List<ScaleProblem> problems(String at) {
        var problems = new ArrayList<ScaleProblem>();
        var steps = scale.mapping();
        var seen = new HashSet<String>();
        for (int i = 0; i < steps.size(); i++) {
            var step = steps.get(i);
            var here = at + "/mapping/" + i;
            if (named != (step.value() != null)) {
                problems.add(new ScaleProblem(here, "every step of a scale is either numeric (from) or named (value)"));
                continue;
            }
            if (named && !seen.add(step.value())) {
                problems.add(new ScaleProblem(here + "/value", "value '" + step.value() + "' is mapped twice"));
            }
            if (!named
                    && i > 0
                    && steps.get(i - 1).from() != null
                    && step.from() <= steps.get(i - 1).from()) {
                problems.add(new ScaleProblem(here + "/from", "from must be greater than the previous step's"));
            }
            if (i > 0 && step.level() < steps.get(i - 1).level()) {
                problems.add(
                        new ScaleProblem(here + "/level", "a higher value of the scale must not map to a lower level"));
            }
        }
        if (named && (scale.min() != null || scale.max() != null)) {
            problems.add(new ScaleProblem(at, "a named scale has no min or max"));
        }
        if (!named && !steps.isEmpty() && steps.get(0).from() != null) {
            if (scale.min() != null && steps.get(0).from() > scale.min()) {
                problems.add(new ScaleProblem(at + "/mapping/0/from", "the first step must start at min or below"));
            }
            var last = steps.stream()
                    .map(Bundle.ScaleStep::from)
                    .filter(java.util.Objects::nonNull)
                    .max(Double::compare)
                    .orElseThrow();
            if (scale.max() != null && last > scale.max()) {
                problems.add(new ScaleProblem(at + "/max", "max must not be below the last step"));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * The level {@code value} maps to, or why it maps to none: a number outside the scale or below its first
     * step, a name the scale does not have, a number on a named scale or a name on a numeric one.
     */
    public Mapped level(Object value) {
        if (named) {
            if (!(value instanceof String name)) {
                return Mapped.refused("the scale '" + scale.name() + "' takes named values, not " + value);
            }
            for (var step : scale.mapping()) {
                if (step.value().equals(name)) {
                    return Mapped.to(step.level());
                }
            }
            return Mapped.refused("'" + name + "' is not a value of the scale '" + scale.name() + "'");
        }
        if (!(value instanceof Number number)) {
            return Mapped.refused("the scale '" + scale.name() + "' takes numbers, not '" + value + "'");
        }
        double v = number.doubleValue();
        if ((scale.min() != null && v < scale.min()) || (scale.max() != null && v > scale.max())) {
            return Mapped.refused(
                    v + " is outside the scale '" + scale.name() + "' (" + scale.min() + " to " + scale.max() + ")");
        }
        Integer level = null;
        for (var step : scale.mapping()) {
            if (step.from() <= v) {
                level = step.level();
            }
        }
        return level == null
                ? Mapped.refused(v + " is below the first step of the scale '" + scale.name() + "'")
                : Mapped.to(level);
    }

    /** A value's level, or why it has none. */
    public record Mapped(Integer level, String problem) {
        static Mapped to(int level) {
            return new Mapped(level, null);
        }

        static Mapped refused(String problem) {
            return new Mapped(null, problem);
        }
    }
}
