package org.skillgraph.engine.coach;

/**
 * Weights of the components of a coach's score. Every component is a value in [0, 1]; the score is
 * Σ weight × value. The defaults sum to 1, so a default score lies in [0, 1].
 *
 * @param coverage importance-weighted share of the learner's gap skills the coach covers (default 0.35)
 * @param surplus how far above the bar the coach holds the covered skills (default 0.10)
 * @param evidenceSource how trustworthy the coach's evidence is: assessment over manager over peer over self (default 0.15)
 * @param recency how fresh that evidence is (default 0.10)
 * @param proximity closeness in the reporting tree (default 0.10)
 * @param place same location, or overlap of working hours across time zones (default 0.10)
 * @param load free coaching places: less-loaded coaches first (default 0.10)
 */
public record ScoreWeights(
        double coverage,
        double surplus,
        double evidenceSource,
        double recency,
        double proximity,
        double place,
        double load) {

    /** Largest weight accepted: keeps scores small enough to be solved exactly in integer units. */
    public static final double MAX_WEIGHT = 10;

    public ScoreWeights {
        for (double w : new double[] {coverage, surplus, evidenceSource, recency, proximity, place, load}) {
            if (!(w >= 0 && w <= MAX_WEIGHT)) {
                throw new IllegalArgumentException("score weights must be between 0 and " + MAX_WEIGHT + ", was " + w);
            }
        }
    }

    public static ScoreWeights defaults() {
        return new ScoreWeights(0.35, 0.10, 0.15, 0.10, 0.10, 0.10, 0.10);
    }
}
