package org.skillgraph.engine.design;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * A scratch graph of four skills, five modules and two roles, imported through the production importer:
 * analyst needs sql 3 (algebra 4 h + sql 6 h), tuner also tuning 3 (5 h more); cobol and t-empty are orphans
 * and m-empty teaches nothing.
 */
final class SmallCurriculum {

    private SmallCurriculum() {}

    static void load(Neo4jFixture neo4j) {
        neo4j.reset();
        try (var in = SmallCurriculum.class.getResourceAsStream("small-curriculum.json")) {
            neo4j.importer().importBundle(in, ImportProgress.none());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
