package org.skillgraph.seed.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small hand-written ESCO export in ESCO's exact CSV layout (invented concepts): 3 skill groups, 10
 * skills, 3 occupations and their relations, with one dangling occupation and one dangling group link.
 * Written out as the extracted folder or zipped the way the European Commission ships it; the files are
 * read from the class path, so other modules can use this through the test-jar.
 */
public final class EscoFixture {

    /** The version the zips made by {@link #zips(Path)} carry in their names. */
    public static final String ZIP_VERSION = "9.9.9";

    private static final String RESOURCES = "/esco-fixture/";

    private static final List<String> CLASSIFICATION_FILES =
            List.of("ISCOGroups_en.csv", "occupations_en.csv", "skillGroups_en.csv", "skills_en.csv");

    private static final List<String> RELATION_FILES = List.of(
            "broaderRelationsOccPillar.csv",
            "broaderRelationsSkillPillar.csv",
            "occupationSkillRelations.csv",
            "skillSkillRelations.csv");

    private EscoFixture() {}

    /** Writes the extracted export into {@code dir}/esco-fixture (all but the {@code skip} files). */
    public static Path folder(Path dir, String... skip) {
        var folder = dir.resolve("esco-fixture");
        var skipped = Set.of(skip);
        try {
            Files.createDirectories(folder);
            for (var name : all()) {
                if (!skipped.contains(name)) {
                    try (var in = open(name)) {
                        Files.copy(in, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** Writes the export into {@code dir} as ESCO's two zips; returns [classification, relations]. */
    public static List<Path> zips(Path dir) {
        var classification = dir.resolve("esco-" + ZIP_VERSION + "-classification-en-csv.zip");
        var relations = dir.resolve("esco-" + ZIP_VERSION + "-relations-csv.zip");
        zip(classification, CLASSIFICATION_FILES);
        zip(relations, RELATION_FILES);
        return List.of(classification, relations);
    }

    private static void zip(Path target, List<String> names) {
        try (var zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (var name : names) {
                zip.putNextEntry(new ZipEntry(name));
                try (var in = open(name)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> all() {
        return Stream.concat(CLASSIFICATION_FILES.stream(), RELATION_FILES.stream())
                .toList();
    }

    private static InputStream open(String name) {
        var in = EscoFixture.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("The ESCO fixture file " + name + " is missing from the class path");
        }
        return in;
    }
}
