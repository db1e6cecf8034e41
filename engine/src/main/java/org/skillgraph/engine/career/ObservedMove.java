package org.skillgraph.engine.career;

/**
 * How often people of the organisation made one career move. Fewer than the metrics' minimum group size are
 * not described: {@code people} and {@code medianMonthsInRole} are then {@code null}, {@code suppressed} true
 * and the move counts as never made ({@code share} 0), in the figures and in the weighting alike.
 *
 * @param people how many people moved from the source role straight to the target role
 * @param medianMonthsInRole the median time they had spent in the source role, in months (30.44 days) to one
 *     decimal; {@code null} when suppressed or when no stint before the move records its length
 * @param share {@code people} over everyone who left the source role for another role (0 when unobserved)
 * @param suppressed whether some, but fewer than the minimum group size, made the move
 */
public record ObservedMove(Integer people, Double medianMonthsInRole, double share, boolean suppressed) {

    /** A move nobody was seen to make. */
    public static final ObservedMove NONE = new ObservedMove(0, null, 0, false);
}
