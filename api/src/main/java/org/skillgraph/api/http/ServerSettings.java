package org.skillgraph.api.http;

/**
 * How the HTTP server listens.
 *
 * @param host interface to bind; {@code 127.0.0.1} unless the operator says otherwise
 * @param port TCP port, {@code 0} for any free port
 * @param maxRequestBytes larger request bodies are refused with 413
 */
public record ServerSettings(String host, int port, long maxRequestBytes) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 16L * 1024 * 1024;

    public static ServerSettings loopback(int port) {
        return new ServerSettings(DEFAULT_HOST, port, DEFAULT_MAX_REQUEST_BYTES);
    }
}
