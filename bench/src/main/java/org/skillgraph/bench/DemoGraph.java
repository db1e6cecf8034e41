package org.skillgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.ImportProgress;

/** An embedded skillgraph over a fresh store holding the demo organisation, deleted on close. */
final class DemoGraph implements AutoCloseable {

    final Path dir;
    final Skillgraph skillgraph;
    final List<String> peopleWithTargets;

    DemoGraph() {
        try {
            dir = Files.createTempDirectory("skillgraph-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        skillgraph = Skillgraph.embedded(dir, 0, 256L * 1024 * 1024);
        DemoOrganisation.load(skillgraph.importer(), ImportProgress.none());
        peopleWithTargets = skillgraph
                .graph()
                .read(tx -> tx.run("MATCH (p:Person)-[:TARGETS]->() RETURN p.id AS id ORDER BY id")
                        .list(r -> r.get("id").asString()));
    }

    @Override
    public void close() {
        skillgraph.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
