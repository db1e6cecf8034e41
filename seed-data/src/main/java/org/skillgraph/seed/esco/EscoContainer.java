package org.skillgraph.seed.esco;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** A zip or a folder holding some of the export's CSV files, found by file name wherever they sit inside. */
abstract sealed class EscoContainer {

    private final String name;

    EscoContainer(String name) {
        this.name = name;
    }

    static EscoContainer zip(Path path, String name) {
        try {
            return new Zip(new ZipFile(path.toFile(), StandardCharsets.UTF_8), name);
        } catch (ZipException e) {
            throw new EscoFormatException(name + " is not a zip file (ESCO's export is two CSV zips)", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + name, e);
        }
    }

    static EscoContainer folder(Path root, String name, int depth) {
        var files = new HashMap<String, Path>();
        try (Stream<Path> walk = Files.walk(root, depth)) {
            walk.filter(Files::isRegularFile)
                    .sorted()
                    .forEach(p -> files.putIfAbsent(p.getFileName().toString(), p));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + name, e);
        }
        return new Folder(files, name);
    }

    final String name() {
        return name;
    }

    abstract boolean has(String fileName);

    /** A stream over the file's bytes; the caller closes it. */
    abstract InputStream open(String fileName) throws IOException;

    abstract void close();

    private static String lastSegment(String entryName) {
        return entryName.substring(entryName.lastIndexOf('/') + 1);
    }

    static final class Zip extends EscoContainer {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new HashMap<>();

        Zip(ZipFile zip, String name) {
            super(name);
            this.zip = zip;
            zip.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.putIfAbsent(lastSegment(e.getName()), e));
        }

        @Override
        boolean has(String fileName) {
            return entries.containsKey(fileName);
        }

        @Override
        InputStream open(String fileName) throws IOException {
            return zip.getInputStream(entries.get(fileName));
        }

        @Override
        void close() {
            try {
                zip.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close " + name(), e);
            }
        }
    }

    static final class Folder extends EscoContainer {
        private final Map<String, Path> files;

        Folder(Map<String, Path> files, String name) {
            super(name);
            this.files = Map.copyOf(files);
        }

        @Override
        boolean has(String fileName) {
            return files.containsKey(fileName);
        }

        @Override
        InputStream open(String fileName) throws IOException {
            return Files.newInputStream(files.get(fileName));
        }

        @Override
        void close() {
            // Nothing held open between reads.
        }
    }
}
