package org.skillgraph.api.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Issuer keys of a graph client the caller owns ({@code Skillgraph.over}: tests and embedding code that keeps
 * no data directory): one temporary directory per JVM, so every instance in the process signs with the same key
 * and verifies what the others signed. Credentials signed with it cannot be verified after the process ends.
 */
final class TemporaryIssuerKeys {

    private static Path dir;

    private TemporaryIssuerKeys() {}

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
