package org.skillgraph.engine.metrics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * The Kaplan–Meier estimate of the time until an event (here: reaching competence) when some people have
 * not reached it yet. Those are right-censored: they count as "at risk" up to their observed time and then
 * leave the estimate without an event, instead of being dropped (which would make the wait look shorter)
 * or counted as reached (which would make it look shorter still).
 *
 * <p>At each day {@code t} with events, the share still waiting is multiplied by {@code 1 − d/n}, where
 * {@code d} people reached on day {@code t} and {@code n} were still waiting on that day (people censored
 * on {@code t} count as waiting on {@code t}, the usual convention). A quantile {@code p} is the first day
 * on which the share still waiting drops to {@code 1 − p} or below; it is undefined ({@code null}) when the
 * estimate never gets that low.
 */
public final class KaplanMeier {

    private KaplanMeier() {}

    /** One person: observed for {@code days}, and whether the event happened on that day. */
    public record Observation(long days, boolean event) {
        public Observation {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative, was " + days);
            }
        }
    }

    /**
     * One step of the estimate.
     *
     * @param day a day with at least one event
     * @param atRisk people still waiting on that day
     * @param events people who reached it that day
     * @param waiting estimated share still waiting after that day
     */
    public record Step(long day, int atRisk, int events, double waiting) {}

    /** The estimate: its steps and quartiles (days, {@code null} where undefined). */
    public record Estimate(List<Step> steps, Long firstQuartile, Long median, Long thirdQuartile) {
        public Estimate {
            steps = List.copyOf(steps);
        }
    }

    public static Estimate estimate(Collection<Observation> observations) {
        var eventsByDay = new TreeMap<Long, Integer>();
        var leavingByDay = new TreeMap<Long, Integer>();
        for (var o : observations) {
            leavingByDay.merge(o.days(), 1, Integer::sum);
            if (o.event()) {
                eventsByDay.merge(o.days(), 1, Integer::sum);
            }
        }
        var steps = new ArrayList<Step>();
        int atRisk = observations.size();
        double waiting = 1.0;
        for (var entry : leavingByDay.entrySet()) {
            int events = eventsByDay.getOrDefault(entry.getKey(), 0);
            if (events > 0) {
                waiting *= 1.0 - (double) events / atRisk;
                steps.add(new Step(entry.getKey(), atRisk, events, waiting));
            }
            atRisk -= entry.getValue();
        }
        return new Estimate(steps, quantile(steps, 0.25), quantile(steps, 0.5), quantile(steps, 0.75));
    }

    /** First day on which the share still waiting is at most {@code 1 − p}; a small tolerance absorbs rounding. */
    static Long quantile(List<Step> steps, double p) {
        for (var step : steps) {
            if (step.waiting() <= 1.0 - p + 1e-12) {
                return step.day();
            }
        }
        return null;
    }
}
