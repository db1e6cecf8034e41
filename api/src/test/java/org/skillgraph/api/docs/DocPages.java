package org.skillgraph.api.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** README.md and every page under docs/, found from the module the tests run in. */
public final class DocPages {

    private DocPages() {}

    /** The repository root: the nearest directory upwards holding README.md and docs/. */
    public static Path root() {
        for (var dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException(
                "No README.md with a docs/ folder above " + Path.of("").toAbsolutePath());
    }

    /** README.md first, then docs/*.md by name, as paths relative to the root. */
    public static List<Path> all() {
        var root = root();
        var pages = new ArrayList<Path>();
        pages.add(Path.of("README.md"));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            docs.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(p -> pages.add(root.relativize(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    public static String read(Path page) {
        try {
            return Files.readString(root().resolve(page));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples of one page. */
    public static List<DocExample> examples(Path page) {
        return DocExamples.in(page.toString().replace('\\', '/'), read(page));
    }
}
