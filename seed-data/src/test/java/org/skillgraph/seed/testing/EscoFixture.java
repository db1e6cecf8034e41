package org.skillgraph.seed.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small hand-written ESCO export in ESCO's exact CSV layout (invented concepts): 3 skill groups, 10
 * skills, 3 occupations and their relations, with one dangling occupation and one dangling group link.
 * Available as the extracted folder or zipped on the fly the way the European Commission ships it.
 */
public final class EscoFixture {

    /** The version the zips made by {@link #zips(Path)} carry in their names. */
    public static final String ZIP_VERSION = "9.9.9";

    private static final Set<String> RELATION_FILES = Set.of(
            "broaderRelationsOccPillar.csv",
            "broaderRelationsSkillPillar.csv",
            "occupationSkillRelations.csv",
            "skillSkillRelations.csv");

    private EscoFixture() {}

    /** The extracted folder (on the test class path). */
    public static Path folder() {
        try {
            return Path.of(EscoFixture.class.getResource("/esco-fixture").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Zips the fixture into {@code dir} as ESCO's two zips; returns [classification, relations]. */
    public static List<Path> zips(Path dir) {
        var classification = dir.resolve("esco-" + ZIP_VERSION + "-classification-en-csv.zip");
        var relations = dir.resolve("esco-" + ZIP_VERSION + "-relations-csv.zip");
        try (var files = Files.list(folder());
                var c = new ZipOutputStream(Files.newOutputStream(classification));
                var r = new ZipOutputStream(Files.newOutputStream(relations))) {
            for (var csv :
                    files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                var name = csv.getFileName().toString();
                var zip = RELATION_FILES.contains(name) ? r : c;
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(csv, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(classification, relations);
    }
}
