package org.skillgraph.api.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/** A webjar's version, read from its Maven metadata so the pom stays the one source. */
final class Webjars {

    private Webjars() {}

    static String version(String groupId, String artifactId) {
        var path = "/META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
        try (var in = Webjars.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(
                        "Webjar " + groupId + ":" + artifactId + " missing from the class path");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
