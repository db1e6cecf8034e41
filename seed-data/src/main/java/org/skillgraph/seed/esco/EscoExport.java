package org.skillgraph.seed.esco;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Where ESCO's CSV files are: the two zips of the export ({@code esco-…-classification-en-csv.zip},
 * {@code esco-…-relations-csv.zip}), given as files or as the folder holding them, or a folder where they
 * were extracted. Each file is read straight from its zip entry or from disk, record by record.
 */
public final class EscoExport implements AutoCloseable {

    /** The ESCO version in a file or folder name: {@code esco-1.1.1-…}, {@code ESCO v1.2.0 …}. */
    private static final Pattern VERSION = Pattern.compile("(?i)esco[-_ ]?v?(\\d+(?:\\.\\d+)+)");

    /** How deep an extracted folder is searched for the CSV files (the zips may be unpacked in subfolders). */
    private static final int SEARCH_DEPTH = 3;

    /** A file or folder of the export and the name it is known by in messages (an upload's file name, say). */
    public record Part(Path path, String name) {
        public Part {
            if (path == null || name == null) {
                throw new IllegalArgumentException("A part of an ESCO export needs a path and a name");
            }
        }

        /** A part known by its own path. */
        public static Part of(Path path) {
            return new Part(path, path.toString());
        }
    }

    private final List<EscoContainer> containers;

    private EscoExport(List<EscoContainer> containers) {
        this.containers = List.copyOf(containers);
    }

    /** Opens the export at {@code paths}: zip files, a folder of zips, or an extracted folder. */
    public static EscoExport open(Path... paths) {
        return open(Arrays.stream(paths).map(Part::of).toList());
    }

    /** Opens the export made of {@code parts}; a file must be a zip, a folder is searched for CSVs and zips. */
    public static EscoExport open(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new EscoFormatException("No files given: expected ESCO's two CSV zips or a folder holding them");
        }
        var containers = new ArrayList<EscoContainer>();
        try {
            for (var part : parts) {
                addPart(part, containers);
            }
            return new EscoExport(containers);
        } catch (RuntimeException e) {
            containers.forEach(EscoContainer::close);
            throw e;
        }
    }

    private static void addPart(Part part, List<EscoContainer> containers) {
        var path = part.path();
        if (Files.isDirectory(path)) {
            containers.add(EscoContainer.folder(path, part.name(), SEARCH_DEPTH));
            try (Stream<Path> zips = Files.list(path)) {
                for (var zip : zips.filter(EscoExport::isZip).sorted().toList()) {
                    containers.add(EscoContainer.zip(zip, zip.getFileName().toString()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + part.name(), e);
            }
        } else if (Files.isRegularFile(path)) {
            containers.add(EscoContainer.zip(path, part.name()));
        } else {
            throw new EscoFormatException("No such file or folder: " + part.name());
        }
    }

    private static boolean isZip(Path path) {
        return Files.isRegularFile(path)
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** The ESCO version named by the zips or folder ({@code esco-1.1.1-…}), if any. */
    public Optional<String> version() {
        // Zip names first: they are ESCO's own; a folder's name is whatever the user chose.
        return containers.stream()
                .sorted(Comparator.comparing(c -> c instanceof EscoContainer.Zip ? 0 : 1))
                .map(c -> VERSION.matcher(c.name()))
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    /** Throws when a file the importer needs is missing, naming every missing file. */
    public void checkComplete() {
        var missing = Arrays.stream(EscoFile.values())
                .filter(EscoFile::required)
                .filter(f -> !has(f))
                .map(EscoFile::fileName)
                .toList();
        if (!missing.isEmpty()) {
            throw new EscoFormatException("Incomplete ESCO CSV export: " + String.join(", ", missing)
                    + " missing from "
                    + String.join(
                            ", ", containers.stream().map(EscoContainer::name).toList())
                    + " (expected ESCO's English CSV export: the classification and relations zips)");
        }
    }

    boolean has(EscoFile file) {
        return containers.stream().anyMatch(c -> c.has(file.fileName()));
    }

    /**
     * Reads every record of {@code file}; a missing optional file reads as empty.
     *
     * @return the number of records
     */
    long read(EscoFile file, Consumer<EscoCsv.Row> each) {
        for (var container : containers) {
            if (container.has(file.fileName())) {
                var where = file.fileName() + " in " + container.name();
                try (InputStream in = container.open(file.fileName())) {
                    return EscoCsv.read(file, where, in, each);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot close " + where, e);
                }
            }
        }
        if (file.required()) {
            throw new EscoFormatException(file.fileName() + " is missing from the ESCO export");
        }
        return 0;
    }

    @Override
    public void close() {
        containers.forEach(EscoContainer::close);
    }
}
