package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

class DryRunIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldCountCreatedUpdatedAndUnchangedEntitiesAndWriteNothing() {
        neo4j.useDemo();
        var before = neo4j.fingerprint();
        var bundle = """
                {"skills": [
                   {"id": "kite-flying", "name": "Kite flying", "requires": [{"skill": "sql", "level": 1}]},
                   {"id": "sql", "name": "SQL, renamed"}],
                 "topics": [{"id": "t-kites", "name": "Kites"}],
                 "people": [{"id": "p-042", "name": "Niamh Adeyemi"}]}
                """;

        var report = neo4j.importer().dryRun(json(bundle));

        assertThat(report.changes())
                .containsEntry("skills", new DryRunReport.Changes(1, 1, 0))
                .containsEntry("topics", new DryRunReport.Changes(1, 0, 0))
                .containsEntry("people", new DryRunReport.Changes(0, 0, 1))
                .containsEntry("roles", new DryRunReport.Changes(0, 0, 0));
        assertThat(report.version()).isEqualTo(before.version());
        assertThat(neo4j.fingerprint()).isEqualTo(before);
        assertThat(neo4j.query("MATCH (s:Skill {id: 'sql'}) RETURN s.name", java.util.Map.of()))
                .containsExactly("SQL");
    }

    @Test
    void shouldFindTheDemoOrganisationUnchangedInTheDemoGraph() throws Exception {
        neo4j.useDemo();
        var before = neo4j.fingerprint();

        DryRunReport report;
        try (var demo = BundleReader.class.getResourceAsStream("/org/skillgraph/seed/demo-organisation.json")) {
            report = neo4j.importer().dryRun(demo);
        }

        assertThat(report.changes().values())
                .allSatisfy(c -> assertThat(c.created() + c.updated()).isZero());
        assertThat(report.changes().get("people").unchanged()).isEqualTo(173);
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnInvalidBundleAsAnImportWould() {
        neo4j.reset();

        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(
                        () -> neo4j.importer().dryRun(json("{\"skills\": [{\"id\": \"a\", \"related\": [\"b\"]}]}")))
                .satisfies(e -> assertThat(e.problems())
                        .extracting(BundleProblem::pointer)
                        .containsExactly("/skills/0/name"));
    }
}
