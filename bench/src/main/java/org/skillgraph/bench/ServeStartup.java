package org.skillgraph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Measures how long {@code skillgraph serve} takes, in a fresh JVM on an existing store, from process start
 * until {@code /ready} answers 200 (Neo4j started, schema online, HTTP listening). The child gets the
 * launcher's default heap and the serve command's default page cache; its output goes to a log file.
 */
final class ServeStartup {

    private ServeStartup() {}

    /** Seconds from launch to ready; the server is stopped (SIGTERM, so it closes the store) afterwards. */
    static double seconds(Path dataDir, Path log) throws Exception {
        int port = freePort();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = List.of(
                java,
                "-Xmx2g",
                "-cp",
                System.getProperty("java.class.path"),
                "org.skillgraph.api.cli.Main",
                "serve",
                "--data-dir",
                dataDir.toString(),
                "--port",
                String.valueOf(port));
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long started = System.nanoTime();
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            while (System.nanoTime() - started < Duration.ofMinutes(5).toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("serve exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("serve was not ready within 5 minutes; see " + log);
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
