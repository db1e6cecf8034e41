package org.skillgraph.engine.priorities;

/** Hour sums as shown: rounded to 3 decimals, so sums of the same routes compare equal. */
final class Hours {

    private Hours() {}

    static double round(double hours) {
        return Math.round(hours * 1000.0) / 1000.0;
    }

    /** {@code 12 h}, {@code 7.5 h}. */
    static String text(double hours) {
        double rounded = Math.round(hours * 10.0) / 10.0;
        return (rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded)) + " h";
    }
}
