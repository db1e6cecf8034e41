package org.skillgraph.seed.onet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.interchange.InterchangeProblem;

/**
 * The files of an O*NET text database, from a folder or a zip (as published, {@code db_29_1_text.zip} with
 * a {@code db_29_1_text/} folder inside), by file name, and the release its folder name gives.
 */
public record OnetSource(Map<String, byte[]> files, Optional<String> release) {

    /** {@code db_29_1_text}: release 29.1. */
    private static final Pattern RELEASE_FOLDER = Pattern.compile("db_(\\d{1,3})_(\\d{1,2})_text");

    /**
     * Beyond this a file read from a zip is refused, so a small upload cannot unpack into gigabytes: the largest
     * real file read here (Abilities, about 93,000 rows) is about 10 MB.
     */
    static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    public OnetSource {
        files = Map.copyOf(files);
    }

    /** The files of a folder (only the ones the importer reads). */
    public static OnetSource ofDirectory(Path dir) {
        var files = new HashMap<String, byte[]>();
        for (var name : OnetFile.NAMES) {
            var file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    files.put(name, Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        var folder = dir.toAbsolutePath().normalize().getFileName();
        return new OnetSource(files, releaseOf(folder == null ? "" : folder.toString()));
    }

    /** The files of a zip, wherever they sit in it; {@code name} names the zip in problems. */
    public static OnetSource ofZip(String name, InputStream zip) {
        var files = new HashMap<String, byte[]>();
        Optional<String> release = Optional.empty();
        int entries = 0;
        try (var in = new ZipInputStream(zip)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries++;
                var path = entry.getName().replace('\\', '/');
                for (var part : path.split("/")) {
                    if (release.isEmpty()) {
                        release = releaseOf(part);
                    }
                }
                var base = path.substring(path.lastIndexOf('/') + 1);
                if (entry.isDirectory() || !OnetFile.NAMES.contains(base)) {
                    continue;
                }
                var bytes = in.readNBytes((int) Math.min(MAX_FILE_BYTES + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > MAX_FILE_BYTES) {
                    throw refused(name, base + " is larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MB");
                }
                files.put(base, bytes);
            }
        } catch (ZipException e) {
            throw refused(name, "not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries == 0) {
            throw refused(name, "not a zip, or an empty one: no entry found");
        }
        return new OnetSource(files, release);
    }

    static Optional<String> releaseOf(String folder) {
        var m = RELEASE_FOLDER.matcher(folder.toLowerCase(Locale.ROOT));
        return m.matches() ? Optional.of(m.group(1) + "." + m.group(2)) : Optional.empty();
    }

    private static InterchangeException refused(String file, String message) {
        return new InterchangeException(OnetImporter.INVALID, List.of(new InterchangeProblem(file, "", message)));
    }
}
