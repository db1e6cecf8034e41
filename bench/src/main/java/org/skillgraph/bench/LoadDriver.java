package org.skillgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A closed-loop HTTP load driver: {@code clients} threads each send one request after another for a
 * fixed time, after a warm-up; every latency is kept, so percentiles are exact. Loopback only.
 */
final class LoadDriver {

    /** Latency percentiles (ms) and throughput (requests/s) of one run. */
    record Result(String name, int clients, long requests, long errors, double p50, double p99, double throughput) {}

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Duration warmUp;
    private final Duration measure;

    private final String token;
    private final Duration timeout;

    LoadDriver(Duration warmUp, Duration measure) {
        this(warmUp, measure, null);
    }

    /** A driver whose requests carry {@code Authorization: Bearer token} (the API needs one). */
    LoadDriver(Duration warmUp, Duration measure, String token) {
        this(warmUp, measure, token, Duration.ofSeconds(10));
    }

    /** As above, waiting up to {@code timeout} for each answer (slow endpoints at scale). */
    LoadDriver(Duration warmUp, Duration measure, String token, Duration timeout) {
        this.token = token;
        this.warmUp = warmUp;
        this.measure = measure;
        this.timeout = timeout;
    }

    /** Milliseconds of one request to {@code uri} (the first after a start, or after a change); fails on an error. */
    double once(URI uri) throws Exception {
        var builder = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        long began = System.nanoTime();
        var response = http.send(builder.build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        double ms = (System.nanoTime() - began) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return ms;
    }

    /** A run and the CPU time this whole process spent per measured request (an upper bound of the server's). */
    record CpuResult(Result result, double cpuMsPerRequest) {}

    /**
     * As {@link #run}, with the process's CPU time over the measured part divided by the requests: on a machine
     * that other work keeps busy, the wall-clock percentiles stretch while this stays the request's own cost.
     */
    CpuResult runCpu(String name, int clients, IntFunction<URI> uri) throws Exception {
        loop(clients, uri, warmUp);
        long cpu = MetricsBench.cpuNanos();
        long began = System.nanoTime();
        var samples = loop(clients, uri, measure);
        double seconds = (System.nanoTime() - began) / 1e9;
        long cpuNanos = MetricsBench.cpuNanos() - cpu;
        long errors = samples.stream().mapToLong(s -> s.errors).sum();
        var all = samples.stream()
                .flatMapToLong(s -> Arrays.stream(s.latencies, 0, s.count))
                .sorted()
                .toArray();
        var result = new Result(
                name, clients, all.length, errors, percentile(all, 0.50), percentile(all, 0.99), all.length / seconds);
        return new CpuResult(result, all.length == 0 ? 0 : cpuNanos / 1e6 / all.length);
    }

    /** Runs {@code clients} loops over the URIs {@code uri.apply(i)} for i = 0, 1, 2, … */
    Result run(String name, int clients, IntFunction<URI> uri) throws Exception {
        loop(clients, uri, warmUp);
        long began = System.nanoTime();
        var samples = loop(clients, uri, measure);
        double seconds = (System.nanoTime() - began) / 1e9;
        long errors = samples.stream().mapToLong(s -> s.errors).sum();
        var all = samples.stream()
                .flatMapToLong(s -> Arrays.stream(s.latencies, 0, s.count))
                .sorted()
                .toArray();
        return new Result(
                name, clients, all.length, errors, percentile(all, 0.50), percentile(all, 0.99), all.length / seconds);
    }

    private List<Sample> loop(int clients, IntFunction<URI> uri, Duration duration) throws Exception {
        var pool = Executors.newFixedThreadPool(clients);
        try {
            long end = System.nanoTime() + duration.toNanos();
            var futures = new ArrayList<Future<Sample>>();
            for (int c = 0; c < clients; c++) {
                int offset = c * 7919;
                futures.add(pool.submit(() -> {
                    var sample = new Sample();
                    int i = offset;
                    while (System.nanoTime() < end) {
                        var builder = HttpRequest.newBuilder(uri.apply(i++))
                                .timeout(timeout)
                                .GET();
                        if (token != null) {
                            builder.header("Authorization", "Bearer " + token);
                        }
                        var request = builder.build();
                        long t = System.nanoTime();
                        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        sample.add(System.nanoTime() - t, response.statusCode() != 200);
                    }
                    return sample;
                }));
            }
            var samples = new ArrayList<Sample>();
            for (var f : futures) {
                samples.add(f.get());
            }
            return samples;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static final class Sample {
        long[] latencies = new long[1 << 16];
        int count;
        long errors;

        void add(long nanos, boolean error) {
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
            if (error) {
                errors++;
            }
        }
    }
}
