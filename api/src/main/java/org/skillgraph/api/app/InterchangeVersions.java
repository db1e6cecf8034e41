package org.skillgraph.api.app;

import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.skillgraph.api.http.taxonomy.VersionFormat;
import org.skillgraph.api.http.taxonomy.VersionReader;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.BundleReader;
import org.skillgraph.seed.moodle.MoodleImporter;
import org.skillgraph.seed.onet.OnetSource;

/** Reads a new framework version with the importer of its format: the same parsing and mapping an import uses. */
public final class InterchangeVersions implements VersionReader {

    private final InterchangeServices interchange;
    private final BundleReader bundles = new BundleReader();

    public InterchangeVersions(InterchangeServices interchange) {
        this.interchange = interchange;
    }

    @Override
    public Bundle read(VersionFormat format, String file, byte[] body, Optional<String> release) {
        return switch (format) {
            case BUNDLE -> bundles.read(new ByteArrayInputStream(body));
            case CASE -> interchange.cases().bundle(file, new ByteArrayInputStream(body));
            case MOODLE -> MoodleImporter.bundle(file, body);
            case ONET -> interchange.onet().bundle(OnetSource.ofZip(file, new ByteArrayInputStream(body)), release);
        };
    }
}
