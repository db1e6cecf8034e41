package org.skillgraph.api.remote;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asks again until an answer passes, within a bound: the way to wait for another node to see a write,
 * instead of a sleep of a guessed length. Says how long it waited, which is the staleness observed.
 */
record Poll<T>(T answer, Duration waited, int attempts) {

    private static final Duration INTERVAL = Duration.ofMillis(100);

    static <T> Poll<T> until(Supplier<T> ask, Predicate<T> passes, Duration bound) throws InterruptedException {
        long began = System.nanoTime();
        int attempts = 0;
        while (true) {
            var answer = ask.get();
            attempts++;
            var waited = Duration.ofNanos(System.nanoTime() - began);
            if (passes.test(answer)) {
                return new Poll<>(answer, waited, attempts);
            }
            if (waited.compareTo(bound) > 0) {
                throw new AssertionError("Still " + answer + " after " + waited.toMillis() + " ms, " + attempts
                        + " attempts (bound " + bound.toMillis() + " ms)");
            }
            TimeUnit.MILLISECONDS.sleep(INTERVAL.toMillis());
        }
    }

    /** One line for the test log: what was awaited and how long it took. */
    Poll<T> report(String what) {
        System.out.printf("%s: seen after %d ms, %d attempt(s)%n", what, waited.toMillis(), attempts);
        return this;
    }
}
