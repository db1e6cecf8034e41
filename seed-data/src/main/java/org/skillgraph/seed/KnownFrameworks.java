package org.skillgraph.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.bundle.BundleReader;

/**
 * The frameworks skillgraph knows without being told: ESCO (one per imported version), the demo
 * organisation's own and {@value Bundle#LOCAL_FRAMEWORK}. The ESCO importer and the start-up migration of
 * stores filled before frameworks existed describe them from here.
 */
public final class KnownFrameworks {

    /** Title of {@value Bundle#LOCAL_FRAMEWORK}, the framework of skills that name none. */
    public static final String LOCAL_TITLE = org.skillgraph.cypher.LocalFramework.TITLE;

    private KnownFrameworks() {}

    /** The id ESCO version {@code version} is imported as. */
    public static String escoId(String version) {
        return "esco-" + version;
    }

    /** ESCO's properties apart from its id and version. */
    public static Map<String, Object> esco() {
        return Map.of(
                "title", "ESCO (European Skills, Competences, Qualifications and Occupations)",
                "publisher", "European Commission",
                "sourceUri", "https://esco.ec.europa.eu/",
                "licence", "European Commission reuse policy (Decision 2011/833/EU)",
                "language", "en");
    }

    /**
     * What the start-up migration needs: {@code esco} and {@code local} (framework properties) and
     * {@code demo} (the demo's framework properties and skill ids, read from the demo bundle).
     */
    public static Map<String, Object> migrationParameters() {
        Bundle demo;
        try (var in = DemoOrganisation.open()) {
            demo = new BundleReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var framework = demo.frameworks().get(0);
        var properties = new HashMap<String, Object>();
        properties.put("id", framework.id());
        properties.put("title", framework.title());
        properties.put("version", framework.version());
        properties.put("publisher", framework.publisher());
        properties.put("licence", framework.licence());
        properties.put("language", framework.language());
        properties.values().removeIf(java.util.Objects::isNull);
        return Map.of(
                "esco", esco(),
                "local", Map.of("title", LOCAL_TITLE),
                "demo",
                        Map.of(
                                "framework",
                                properties,
                                "skills",
                                demo.skills().stream().map(Bundle.Skill::id).toList()));
    }
}
