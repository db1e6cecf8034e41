package org.skillgraph.seed.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Export, import into an empty store, export again: the same document, byte for byte. */
class ExportRoundTripIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final BundleExporter exporter =
            new BundleExporter(neo4j.driver(), neo4j.sessionConfig(), Duration.ofMinutes(5));

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void shouldExportTheSameDocumentAfterImportingAnExportOfARandomBundle(long seed) {
        var bundle = RandomBundles.bundle(seed);
        neo4j.reset();
        load(BundleExporter.bytes(bundle));
        var first = exporter.export(true);

        neo4j.reset();
        load(BundleExporter.bytes(first));
        var second = exporter.export(true);

        assertThat(first.get("skills")).hasSameSizeAs(bundle.get("skills"));
        assertThat(first.get("people")).hasSameSizeAs(bundle.get("people"));
        assertThat(text(second)).isEqualTo(text(first));
    }

    @Test
    void shouldExportTheSameDemoAfterImportingItsExport() {
        neo4j.reset();
        DemoOrganisation.load(neo4j.importer(), ImportProgress.none());
        var first = exporter.export(true);

        neo4j.reset();
        load(BundleExporter.bytes(first));
        var second = exporter.export(true);

        assertThat(first.get("skills")).hasSize(84);
        assertThat(first.get("people")).hasSize(173);
        assertThat(first.get("frameworks").get(0).get("id").asText()).isEqualTo("northwind");
        assertThat(first.findValues("roleHistory")).hasSize(105);
        assertThat(text(second)).isEqualTo(text(first));
    }

    @Test
    void shouldLeavePeopleOutUnlessAsked() {
        neo4j.reset();
        load(BundleExporter.bytes(RandomBundles.bundle(3)));

        var curriculum = exporter.export(false);

        assertThat(curriculum.has("people")).isFalse();
        assertThat(curriculum.has("cohorts")).isFalse();
        assertThat(curriculum.has("skills")).isTrue();
    }

    private void load(byte[] json) {
        neo4j.importer().importBundle(new ByteArrayInputStream(json), ImportProgress.none());
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode bundle) {
        return new String(BundleExporter.bytes(bundle), StandardCharsets.UTF_8);
    }
}
