package org.skillgraph.api.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issuer keys of a graph client the caller owns ({@code Skillgraph.over}, tests): one temporary directory per
 * JVM, so every instance of a test run signs with the same key and verifies what the others signed.
 */
final class TestKeys {

    private static Path dir;

    private TestKeys() {}

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("skillgraph-issuer-keys");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }
}
