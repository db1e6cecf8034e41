package org.skillgraph.engine.route;

/**
 * The route objective: first the number of dispreferred optional modules, then hours. Hours compare with a
 * tolerance so that sums taken in different orders are equal.
 */
record Cost(int optional, double hours) implements Comparable<Cost> {

    static final double EPSILON = 1e-9;

    static Cost of(RouteProblem problem, boolean[] chosen) {
        int optional = 0;
        double hours = 0;
        for (int c = 0; c < chosen.length; c++) {
            if (chosen[c]) {
                optional += problem.optional[c] ? 1 : 0;
                hours += problem.hours[c];
            }
        }
        return new Cost(optional, hours);
    }

    @Override
    public int compareTo(Cost other) {
        if (optional != other.optional) {
            return Integer.compare(optional, other.optional);
        }
        return Math.abs(hours - other.hours) <= EPSILON ? 0 : Double.compare(hours, other.hours);
    }

    boolean lessThan(Cost other) {
        return compareTo(other) < 0;
    }
}
