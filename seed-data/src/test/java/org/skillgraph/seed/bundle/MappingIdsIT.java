package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.export.BundleExporter;
import org.skillgraph.seed.testing.Neo4jFixture;

/** People's external ids and modules' activity ids in bundles: written, checked like the mapping routes, exported. */
class MappingIdsIT {

    private static final String BUNDLE = """
            {"skills": [{"id": "s1", "name": "Skill 1"}],
             "modules": [{"id": "m1", "title": "Module 1", "hours": 1, "modality": "course", "pacing": "self-paced",
                          "core": false, "status": "published",
                          "activityIds": ["https://lms.example.org/courses/m1", "https://cmi5.example.org/au/1"]},
                         {"id": "m2", "title": "Module 2", "hours": 1, "modality": "course", "pacing": "self-paced",
                          "core": false, "status": "published"}],
             "people": [{"id": "p1", "name": "Ada", "externalIds": ["mailto:ada@example.org", "https://lms.example.org|ada"]},
                        {"id": "p2", "name": "Grace"}]}
            """;

    private final Neo4jFixture neo4j = Neo4jFixture.get();

    private long emptyNodes;

    @BeforeEach
    void emptyStore() {
        neo4j.reset();
        emptyNodes = neo4j.modelNodeCount();
    }

    @Test
    void shouldWriteExternalIdsAndActivityIdsAndLeaveThemOutWhereNotGiven() {
        load(BUNDLE);

        assertThat(neo4j.query("MATCH (p:Person {id: 'p1'}) RETURN p.externalIds", Map.of()))
                .containsExactly(List.of("mailto:ada@example.org", "https://lms.example.org|ada"));
        assertThat(neo4j.query("MATCH (m:Module {id: 'm1'}) RETURN m.activityIds", Map.of()))
                .containsExactly(List.of("https://lms.example.org/courses/m1", "https://cmi5.example.org/au/1"));
        assertThat(neo4j.query("MATCH (p:Person {id: 'p2'}) RETURN p.externalIds", Map.of()))
                .containsExactly((Object) null);

        // A bundle that leaves the lists out keeps them, as the PUT routes set them.
        load("{\"people\": [{\"id\": \"p1\", \"name\": \"Ada L.\"}]}");
        assertThat(neo4j.query("MATCH (p:Person {id: 'p1'}) RETURN p.externalIds", Map.of()))
                .containsExactly(List.of("mailto:ada@example.org", "https://lms.example.org|ada"));
    }

    @Test
    void shouldChangeNothingOnReimportingTheSameBundle() {
        load(BUNDLE);
        var before = neo4j.fingerprint();

        load(BUNDLE);

        assertThat(neo4j.fingerprint()).isEqualTo(before);
        var dryRun = neo4j.importer().dryRun(json(BUNDLE));
        assertThat(dryRun.changes().get("people")).isEqualTo(new DryRunReport.Changes(0, 0, 2));
        assertThat(dryRun.changes().get("modules")).isEqualTo(new DryRunReport.Changes(0, 0, 2));
    }

    @Test
    void shouldExportExternalIdsWithPeopleOnlyAndActivityIdsWithTheCurriculum() {
        load(BUNDLE);
        var exporter = new BundleExporter(neo4j.driver(), neo4j.sessionConfig(), Duration.ofMinutes(1));

        var curriculum = exporter.export(false);
        var full = exporter.export(true);

        assertThat(curriculum.get("modules").get(0).get("activityIds").toString())
                .isEqualTo("[\"https://lms.example.org/courses/m1\",\"https://cmi5.example.org/au/1\"]");
        assertThat(curriculum.get("modules").get(1).has("activityIds")).isFalse();
        assertThat(curriculum.has("people")).isFalse();
        assertThat(full.get("people").get(0).get("externalIds").toString())
                .isEqualTo("[\"mailto:ada@example.org\",\"https://lms.example.org|ada\"]");
    }

    @Test
    void shouldRefuseIdsThePutRoutesRefuseWithPointers() {
        var bad = """
                {"modules": [{"id": "m1", "title": "Module 1", "hours": 1, "modality": "course", "pacing": "self-paced",
                              "core": false, "status": "published", "activityIds": ["not an iri", "urn:a", "urn:a"]}],
                 "people": [{"id": "p1", "name": "Ada", "externalIds": ["  ", "mailto:ada@example.org", 7]}]}
                """;

        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(() -> load(bad))
                .satisfies(e -> assertThat(e.problems())
                        .extracting(BundleProblem::pointer)
                        .contains("/people/0/externalIds/2"));
        // The schema passed, the checks find the rest: blank, repeated, not an IRI.
        var typed = bad.replace(", 7]", "]");
        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(() -> load(typed))
                .satisfies(e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                new BundleProblem(
                                        "/modules/0/activityIds/0", "must be an absolute IRI, was 'not an iri'"),
                                new BundleProblem("/modules/0/activityIds/2", "repeats an id"),
                                new BundleProblem("/people/0/externalIds/0", MappingIds.NOT_TEXT)));
        assertThat(neo4j.modelNodeCount()).isEqualTo(emptyNodes);
    }

    @Test
    void shouldRefuseAnIdGivenToTwoPeopleOrModulesOfTheBundle() {
        var clash = BUNDLE.replace(
                        "{\"id\": \"p2\", \"name\": \"Grace\"}",
                        "{\"id\": \"p2\", \"name\": \"Grace\", \"externalIds\": [\"https://lms.example.org|ada\"]}")
                .replace(
                        "\"core\": false, \"status\": \"published\"}]",
                        "\"core\": false, \"status\": \"published\", \"activityIds\": [\"https://cmi5.example.org/au/1\"]}]");

        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(() -> load(clash))
                .satisfies(e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                new BundleProblem(
                                        "/modules/1/activityIds/0",
                                        "'https://cmi5.example.org/au/1' is already an id of module 'm1' at"
                                                + " /modules/0/activityIds/1; each belongs to one module or skill"),
                                new BundleProblem(
                                        "/people/1/externalIds/0",
                                        "'https://lms.example.org|ada' is already an id of person 'p1' at"
                                                + " /people/0/externalIds/1; each belongs to one person")));
        assertThat(neo4j.modelNodeCount()).isEqualTo(emptyNodes);
    }

    @Test
    void shouldRefuseAnIdHeldInTheGraphUnlessTheBundleMovesIt() {
        load(BUNDLE);
        var before = neo4j.fingerprint();

        // p2 and m2 take ids that p1 and m1 keep in the graph.
        var taking = """
                {"modules": [{"id": "m2", "title": "Module 2", "hours": 1, "modality": "course", "pacing": "self-paced",
                              "core": false, "status": "published", "activityIds": ["https://cmi5.example.org/au/1"]}],
                 "people": [{"id": "p2", "name": "Grace", "externalIds": ["mailto:ada@example.org"]}]}
                """;
        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(() -> load(taking))
                .satisfies(e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                new BundleProblem(
                                        "/modules/0/activityIds/0",
                                        "'https://cmi5.example.org/au/1' is already an id of module 'm1' in the graph;"
                                                + " each belongs to one module or skill"),
                                new BundleProblem(
                                        "/people/0/externalIds/0",
                                        "'mailto:ada@example.org' is already an id of person 'p1' in the graph;"
                                                + " each belongs to one person")));
        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(() -> neo4j.importer().dryRun(json(taking)));
        assertThat(neo4j.fingerprint()).isEqualTo(before);

        // The same ids move when the bundle gives their holders other lists.
        load("""
                {"people": [{"id": "p1", "name": "Ada", "externalIds": ["https://lms.example.org|ada"]},
                            {"id": "p2", "name": "Grace", "externalIds": ["mailto:ada@example.org"]}]}
                """);
        assertThat(neo4j.query(
                        "MATCH (p:Person) WHERE 'mailto:ada@example.org' IN p.externalIds RETURN p.id", Map.of()))
                .containsExactly("p2");
    }

    @Test
    void shouldKeepOneNamespaceForTheActivityIdsOfModulesAndSkills() {
        load(BUNDLE);

        var skillTaking = """
                {"skills": [{"id": "s1", "name": "Skill 1", "activityIds": ["https://cmi5.example.org/au/1"]},
                            {"id": "s2", "name": "Skill 2", "activityIds": ["https://lms.example.org/skills/s2"]}],
                 "modules": [{"id": "m2", "title": "Module 2", "hours": 1, "modality": "course",
                              "pacing": "self-paced", "core": false, "status": "published",
                              "activityIds": ["https://lms.example.org/skills/s2"]}]}
                """;
        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(() -> load(skillTaking))
                .satisfies(e -> assertThat(e.problems())
                        .containsExactlyInAnyOrder(
                                new BundleProblem(
                                        "/skills/0/activityIds/0",
                                        "'https://cmi5.example.org/au/1' is already an id of module 'm1' in the graph;"
                                                + " each belongs to one module or skill"),
                                new BundleProblem(
                                        "/skills/1/activityIds/0",
                                        "'https://lms.example.org/skills/s2' is already an id of module 'm2' at"
                                                + " /modules/0/activityIds/0; each belongs to one module or skill")));

        load(
                "{\"skills\": [{\"id\": \"s1\", \"name\": \"Skill 1\", \"activityIds\": [\"https://lms.example.org/skills/s1\"]}]}");
        assertThat(neo4j.query("MATCH (s:Skill {id: 's1'}) RETURN s.activityIds", Map.of()))
                .containsExactly(List.of("https://lms.example.org/skills/s1"));
        var exported = new BundleExporter(neo4j.driver(), neo4j.sessionConfig(), Duration.ofMinutes(1)).export(false);
        assertThat(exported.get("skills").get(0).get("activityIds").get(0).asText())
                .isEqualTo("https://lms.example.org/skills/s1");
        var moduleTaking = BUNDLE.replace("https://cmi5.example.org/au/1", "https://lms.example.org/skills/s1");
        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(() -> load(moduleTaking))
                .satisfies(e -> assertThat(e.problems())
                        .containsExactly(new BundleProblem(
                                "/modules/0/activityIds/1",
                                "'https://lms.example.org/skills/s1' is already an id of skill 's1' in the graph;"
                                        + " each belongs to one module or skill")));
    }

    private void load(String bundle) {
        neo4j.importer().importBundle(json(bundle), ImportProgress.none());
    }

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
