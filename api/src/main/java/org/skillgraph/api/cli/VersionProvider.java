package org.skillgraph.api.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reports the Maven project version, filtered into {@code version.properties} when the module is built. */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/org/skillgraph/api/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"skillgraph " + version()};
    }

    /** The project version; "(development build)" when the resource was not filtered (run from an IDE's classes). */
    static String version() {
        var properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var version = properties.getProperty("version", "");
        return version.isBlank() || version.contains("${") ? "(development build)" : version;
    }
}
