package org.skillgraph.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Times engine calls in process, one caller, after a warm-up: every latency is kept, so percentiles are
 * exact, in the same shape as {@link LoadDriver.Result} so the two can be put side by side.
 */
final class WarmLoop {

    private final Duration warmUp;
    private final Duration measure;

    WarmLoop(Duration warmUp, Duration measure) {
        this.warmUp = warmUp;
        this.measure = measure;
    }

    /** Calls {@code call.apply(i)} for i = 0, 1, 2, … (at least once in each phase); a result is kept alive. */
    LoadDriver.Result run(String name, IntFunction<Object> call) {
        int i = loop(call, warmUp);
        var latencies = new long[1 << 14];
        long began = System.nanoTime();
        long end = began + measure.toNanos();
        int count = 0;
        long errors = 0;
        while (count == 0 || System.nanoTime() < end) {
            long t = System.nanoTime();
            try {
                sink ^= System.identityHashCode(call.apply(i++));
            } catch (RuntimeException e) {
                if (errors++ == 0) {
                    System.err.println(name + ": first error: " + e);
                }
            }
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = System.nanoTime() - t;
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        var sorted = Arrays.copyOf(latencies, count);
        Arrays.sort(sorted);
        return new LoadDriver.Result(
                name, 1, count, errors, percentile(sorted, 0.50), percentile(sorted, 0.99), count / seconds);
    }

    private int loop(IntFunction<Object> call, Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        int i = 0;
        do {
            try {
                sink ^= System.identityHashCode(call.apply(i++));
            } catch (RuntimeException e) {
                // counted in the measured phase; the warm-up only needs the code paths to run
            }
        } while (System.nanoTime() < end);
        return i;
    }

    /** Keeps results observable so the JIT cannot drop the calls. */
    static volatile int sink;

    static double percentile(long[] sorted, double q) {
        int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
