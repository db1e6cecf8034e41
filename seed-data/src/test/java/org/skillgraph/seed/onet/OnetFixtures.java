package org.skillgraph.seed.onet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The real O*NET excerpt under {@code interchange/onet/db_excerpt} (see SOURCES.md beside it), as a folder or zip. */
public final class OnetFixtures {

    private OnetFixtures() {}

    public static Path directory() {
        try {
            return Path.of(OnetFixtures.class
                            .getResource("/interchange/onet/db_excerpt/Occupation Data.txt")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The excerpt's files by name, read as class path resources (they may sit in a test jar). */
    public static Map<String, byte[]> files() {
        var files = new TreeMap<String, byte[]>();
        for (var name : OnetFile.NAMES) {
            try (var in = OnetFixtures.class.getResourceAsStream("/interchange/onet/db_excerpt/" + name)) {
                if (in != null) {
                    files.put(name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The files zipped as O*NET publishes them: inside a {@code folder/} ({@code db_28_0_text}). */
    public static byte[] zip(String folder, Map<String, byte[]> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(folder + "/"));
            zip.closeEntry();
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] zip() {
        return zip("db_28_0_text", files());
    }
}
