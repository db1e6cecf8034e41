package org.skillgraph.seed.casepkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.DemoOrganisation;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.export.BundleExporter;
import org.skillgraph.seed.testing.Neo4jFixture;

/** A framework out as a CFPackage, into an empty store and back: the same skills and the same links. */
class CaseRoundTripIT {

    private static final String BASE = "http://127.0.0.1:8080";
    private static final OffsetDateTime CHANGED = OffsetDateTime.parse("2026-12-01T10:00:00Z");
    private static final String TWO_FRAMEWORKS = """
            {"frameworks": [{"id": "alpha", "title": "Alpha", "publisher": "Alpha Org", "language": "en"},
                            {"id": "beta", "title": "Beta"}],
             "skills": [
               {"id": "a-root", "name": "Data work", "framework": "alpha"},
               {"id": "a-sql", "name": "SQL", "description": "Query relational data", "framework": "alpha",
                "broader": ["a-root"], "related": ["a-root"], "exactMatches": ["b-sql"]},
               {"id": "a-tuning", "name": "Query tuning", "framework": "alpha", "broader": ["a-sql"],
                "requires": [{"skill": "a-sql", "level": 4}]},
               {"id": "b-sql", "name": "Structured query language", "framework": "beta"}]}
            """;

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final BundleExporter exporter =
            new BundleExporter(neo4j.driver(), neo4j.sessionConfig(), Duration.ofMinutes(5));
    private final CaseImporter importer = new CaseImporter(neo4j.driver(), neo4j.sessionConfig(), neo4j.importer());

    @Test
    void shouldKeepSkillsHierarchyPrerequisiteLevelsRelatedAndCrosswalksThroughCase() {
        neo4j.reset();
        neo4j.importer()
                .importBundle(
                        new ByteArrayInputStream(TWO_FRAMEWORKS.getBytes(StandardCharsets.UTF_8)),
                        ImportProgress.none());
        var before = exporter.export(false);
        var writer = new CasePackageWriter(before, BASE);
        var alpha = writer.cfPackage(framework(before, "alpha"), CHANGED);
        var beta = writer.cfPackage(framework(before, "beta"), CHANGED);

        neo4j.reset();
        importer.importPackage("beta", CaseFixtures.bytes(beta), ImportProgress.none());
        var report = importer.importPackage("alpha", CaseFixtures.bytes(alpha), ImportProgress.none());
        var after = exporter.export(false);

        assertThat(CaseSchema.violations(alpha)).isEmpty();
        assertThat(CaseSchema.violations(beta)).isEmpty();
        assertThat(report.unmapped()).isEmpty();
        assertThat(links(after)).isEqualTo(links(before));
        assertThat(after.get("skills")).hasSize(4);
    }

    @Test
    void shouldServeTheDemoFrameworkAsAPackageTheOfficialSchemaAcceptsAndImportItBack() {
        neo4j.reset();
        DemoOrganisation.load(neo4j.importer(), ImportProgress.none());
        var before = exporter.export(false);
        var northwind = new CasePackageWriter(before, BASE).cfPackage(framework(before, "northwind"), CHANGED);

        neo4j.reset();
        var report = importer.importPackage("northwind", CaseFixtures.bytes(northwind), ImportProgress.none());
        var after = exporter.export(false);

        assertThat(CaseSchema.violations(northwind)).isEmpty();
        assertThat(northwind.get("CFItems")).hasSize(84);
        assertThat(report.written().entities()).containsEntry("skills", 84);
        assertThat(report.unmapped()).isEmpty();
        assertThat(links(after)).isEqualTo(links(before));
    }

    private static JsonNode framework(JsonNode export, String id) {
        for (var f : export.get("frameworks")) {
            if (f.get("id").asText().equals(id)) {
                return f;
            }
        }
        throw new AssertionError("no framework " + id);
    }

    /** Every skill's links, written with names instead of ids (ids change on the way through CASE). */
    private static TreeSet<String> links(JsonNode export) {
        var names = new HashMap<String, String>();
        export.get("skills")
                .forEach(s -> names.put(s.get("id").asText(), s.get("name").asText()));
        var links = new TreeSet<String>();
        for (var s : export.get("skills")) {
            var name = s.get("name").asText();
            links.add(name + " | " + s.path("description").asText(name));
            s.path("broader").forEach(b -> links.add(name + " broader " + names.get(b.asText())));
            s.path("related").forEach(r -> links.add(name + " related " + names.get(r.asText())));
            s.path("requires")
                    .forEach(r -> links.add(
                            name + " requires " + names.get(r.get("skill").asText()) + " at "
                                    + r.get("level").asInt()));
            s.path("exactMatches").forEach(m -> links.add(name + " matches " + names.get(m.asText())));
        }
        return links;
    }
}
