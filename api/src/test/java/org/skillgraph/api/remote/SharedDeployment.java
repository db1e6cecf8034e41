package org.skillgraph.api.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neo4j.io.fs.FileUtils;

/**
 * Starts one {@link Deployment} for every test class of the JVM that uses this extension (a Neo4j start
 * costs seconds on a shared CI machine) and stops it, deleting its files, when the last test has run (the
 * root store closes an {@link AutoCloseable} value at the end).
 */
final class SharedDeployment implements BeforeAllCallback {

    private static Deployment deployment;

    static Deployment get() {
        return deployment;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(SharedDeployment.class, key -> open(), Resource.class);
    }

    private static Resource open() {
        try {
            var home = Files.createTempDirectory("skillgraph-remote-neo4j");
            deployment = Deployment.start(home);
            return new Resource(deployment, home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Resource(Deployment deployment, Path home) implements AutoCloseable {

        @Override
        public void close() throws IOException {
            deployment.close();
            FileUtils.deleteDirectory(home);
        }
    }
}
