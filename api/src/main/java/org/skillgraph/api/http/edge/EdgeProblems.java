package org.skillgraph.api.http.edge;

import org.skillgraph.api.http.Problem;

/** The problem documents of what Jetty refuses itself, each with a stable code. */
final class EdgeProblems {

    private EdgeProblems() {}

    static Problem of(int status) {
        return switch (status) {
            case 400 ->
                Problem.of(
                        400,
                        "bad-request",
                        "Bad request",
                        "The request is malformed: its request line, URI or headers cannot be read (for example an"
                                + " encoded NUL byte or invalid UTF-8 in the path, or a path above the root)");
            case 413 -> Problem.of(413, "payload-too-large", "Payload too large", "The request body is too large");
            case 414 -> Problem.of(414, "uri-too-long", "URI too long", "The request URI is longer than 8 KiB");
            case 431 ->
                Problem.of(
                        431,
                        "headers-too-large",
                        "Request header fields too large",
                        "The request's headers are larger than 8 KiB");
            case 500 -> Problem.of(500, "internal-error", "Internal error", "Unexpected error");
            case 503 -> Problem.of(503, "unavailable", "Service unavailable", "The server cannot answer now");
            default -> Problem.of(status, "http-" + status, "HTTP " + status, "The request was refused");
        };
    }
}
