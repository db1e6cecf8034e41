package org.skillgraph.seed;

import java.io.InputStream;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.bundle.ImportReport;

/**
 * The demo organisation: an invented mid-size company in the bundle format, loaded by the same
 * importer as any other bundle.
 */
public final class DemoOrganisation {

    /**
     * The demo person whose learner token {@code serve --demo} prints: has a target role, a manager and coaching
     * pairs, so every learner page has something to show.
     */
    public static final String LEARNER = "p-008";

    /** Classpath location of the demo bundle. */
    public static final String RESOURCE = "/org/skillgraph/seed/demo-organisation.json";

    private DemoOrganisation() {}

    /** Opens the demo bundle; the caller closes the stream. */
    public static InputStream open() {
        var in = DemoOrganisation.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The demo bundle " + RESOURCE + " is missing from the class path");
        }
        return in;
    }

    /** Loads the demo organisation through {@code importer}. */
    public static ImportReport load(BundleImporter importer, ImportProgress progress) {
        try (var in = open()) {
            return importer.importBundle(in, progress);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
