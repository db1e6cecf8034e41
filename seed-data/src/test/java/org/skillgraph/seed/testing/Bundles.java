package org.skillgraph.seed.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.skillgraph.seed.bundle.BundleProblem;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.bundle.ImportReport;

/**
 * Bundle imports for tests, through the production importer over the shared {@link Neo4jFixture}: a bundle
 * loaded from its JSON text, and a bundle that must be refused without writing anything.
 */
public final class Bundles {

    private Bundles() {}

    /** Imports {@code json} as one bundle. */
    public static ImportReport load(String json) {
        return Neo4jFixture.get()
                .importer()
                .importBundle(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
    }

    /**
     * Imports {@code json}, requires it to be refused with nothing written (the graph's whole
     * {@link Neo4jFixture#fingerprint() fingerprint} and every framework's {@code lastChangedAt} unchanged), and
     * returns the problems it was refused for.
     */
    public static List<BundleProblem> refused(String json) {
        var neo4j = Neo4jFixture.get();
        var before = neo4j.fingerprint();
        var changedBefore = frameworkChanges();

        var thrown = catchThrowableOfType(BundleValidationException.class, () -> load(json));

        assertThat(thrown).as("the bundle should be refused").isNotNull();
        assertThat(neo4j.fingerprint()).as("nothing written").isEqualTo(before);
        assertThat(frameworkChanges()).as("no framework touched").isEqualTo(changedBefore);
        return thrown.problems();
    }

    /** Every framework's id and {@code lastChangedAt}, by id: what an import that changed nothing leaves alone. */
    public static List<Object> frameworkChanges() {
        return Neo4jFixture.get().query("MATCH (f:Framework) RETURN [f.id, f.lastChangedAt] ORDER BY f.id", Map.of());
    }
}
