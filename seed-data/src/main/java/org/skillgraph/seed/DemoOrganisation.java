package org.skillgraph.seed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.BundleImporter;
import org.skillgraph.seed.bundle.BundleReader;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.bundle.ImportReport;
import org.skillgraph.seed.demo.DateShift;
import org.skillgraph.seed.demo.DemoMentoring;

/**
 * The demo organisation: an invented mid-size company in the bundle format, loaded by the same
 * importer as any other bundle.
 *
 * <p>Its dates are written as seen on {@link #ANCHOR} and loaded relative to the day of loading: every date
 * moves by (today − anchor), so evidence is as old, a refresh as due and a coaching pair as recent on any day
 * as on the anchor day, and the demo answers the same every day. Other bundles keep their dates as given.
 */
public final class DemoOrganisation {

    /**
     * The demo person whose learner token {@code serve --demo} prints: has a target role, a manager and coaching
     * pairs, so every learner page has something to show.
     */
    public static final String LEARNER = "p-008";

    /** Classpath location of the demo bundle. */
    public static final String RESOURCE = "/org/skillgraph/seed/demo-organisation.json";

    /** The day the demo bundle's dates are written for ("today" in the bundle's story). */
    public static final LocalDate ANCHOR = LocalDate.of(2026, 11, 29);

    /** Bundle JSON as the reader takes it: ISO dates, absent rather than null members. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();

    private DemoOrganisation() {}

    /** Opens the demo bundle as written (dates as on {@link #ANCHOR}); the caller closes the stream. */
    public static InputStream open() {
        var in = DemoOrganisation.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The demo bundle " + RESOURCE + " is missing from the class path");
        }
        return in;
    }

    /** The demo bundle with its dates moved to the day {@code clock} says it is. */
    public static Bundle bundle(Clock clock) {
        try (var in = open()) {
            var written = new BundleReader().read(in);
            return DateShift.between(ANCHOR, LocalDate.now(clock)).apply(written);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The demo bundle dated as {@link #bundle(Clock)} dates it, as bundle JSON: what a command beside a running
     * server sends to its import, so the demo is dated the same whichever way it is loaded.
     */
    public static byte[] json(Clock clock) {
        try {
            return JSON.writeValueAsBytes(bundle(clock));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the demo organisation through {@code importer}, dated relative to today (UTC). */
    public static ImportReport load(BundleImporter importer, ImportProgress progress) {
        return load(importer, progress, Clock.systemUTC());
    }

    /** Loads the demo organisation through {@code importer}, dated relative to the day {@code clock} says it is. */
    public static ImportReport load(BundleImporter importer, ImportProgress progress, Clock clock) {
        var bundle = bundle(clock);
        var report = importer.importBundle(bundle, progress);
        // The mentoring history is not part of the bundle format: it follows the bundle it is derived from.
        importer.applyStatement(
                org.skillgraph.cypher.CypherResources.statement("mentoring/demo-history"),
                java.util.Map.of("pairs", DemoMentoring.pairs(bundle, LocalDate.now(clock))));
        return report;
    }
}
