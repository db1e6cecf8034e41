package org.skillgraph.api.remote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM started on the test class path: its standard output and error kept line by line, its standard input
 * held open (the children of this package stop when it closes), destroyed on {@link #close()} and, should the
 * test JVM stop first, by a shutdown hook.
 */
final class ChildJvm implements AutoCloseable {

    private final String name;
    private final Process process;
    private final List<String> out = new CopyOnWriteArrayList<>();
    private final List<String> err = new CopyOnWriteArrayList<>();
    private final Thread killer;

    private ChildJvm(String name, Process process) {
        this.name = name;
        this.process = process;
        drain(process.getInputStream(), out, name + "-out");
        drain(process.getErrorStream(), err, name + "-err");
        this.killer = new Thread(process::destroyForcibly, name + "-killer");
        Runtime.getRuntime().addShutdownHook(killer);
    }

    /** Starts {@code mainClass} with {@code args}; {@code env} is added to (or, with a null value, removed from) the environment. */
    static ChildJvm start(String name, Class<?> mainClass, Map<String, String> env, List<String> args, Path dir) {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
        command.addAll(args);
        var builder = new ProcessBuilder(command).directory(dir.toFile());
        env.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        try {
            return new ChildJvm(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** Waits for a line of either stream matching {@code pattern}; fails with both streams if none comes. */
    Matcher await(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            var found = find(pattern);
            if (found.isPresent()) {
                return found.get();
            }
            if (!process.isAlive() && find(pattern).isEmpty()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": " + output());
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        throw new IllegalStateException(name + " did not print " + pattern + " within " + timeout + ": " + output());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(name + " still runs after " + timeout + ": " + output());
        }
        return process.exitValue();
    }

    List<String> errorLines() {
        return List.copyOf(err);
    }

    List<String> outputLines() {
        return List.copyOf(out);
    }

    String output() {
        return "\nstdout:\n" + String.join("\n", out) + "\nstderr:\n" + String.join("\n", err);
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // Already closed: the process is gone.
        }
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killer);
        } catch (IllegalStateException e) {
            // The JVM is shutting down; the hook runs anyway.
        }
    }

    private Optional<Matcher> find(Pattern pattern) {
        return java.util.stream.Stream.concat(out.stream(), err.stream())
                .map(pattern::matcher)
                .filter(Matcher::find)
                .findFirst();
    }

    private static void drain(InputStream stream, List<String> lines, String threadName) {
        var thread = new Thread(
                () -> {
                    try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                        reader.lines().forEach(lines::add);
                    } catch (IOException | UncheckedIOException e) {
                        // The process ended.
                    }
                },
                threadName);
        thread.setDaemon(true);
        thread.start();
    }
}
