package org.skillgraph.api.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The Swagger UI webjar's version, read from its Maven metadata so the pom stays the one source. */
final class SwaggerUi {

    static final String VERSION = read();

    private SwaggerUi() {}

    private static String read() {
        var path = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
        try (var in = SwaggerUi.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Swagger UI webjar missing from the class path");
            }
            var properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
