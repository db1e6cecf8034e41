package org.skillgraph.seed.casepkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.bundle.DryRunReport;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.testing.Bundles;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Real CASE packages into a real Neo4j. */
class CaseImporterIT {

    private static final String SAMPLE_DOC = "case:20c5134f-423d-4097-a971-3dd5152bf507";

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final CaseImporter importer = new CaseImporter(neo4j.driver(), neo4j.sessionConfig(), neo4j.importer());

    @BeforeEach
    void empty() {
        neo4j.reset();
    }

    @Test
    void shouldImportTheOpenSaltSampleWithItsHierarchyAndPrerequisitesAndCountWhatItLeavesOut() {
        var report = importer.importPackage(
                CaseFixtures.OPENSALT_SAMPLE, CaseFixtures.open(CaseFixtures.OPENSALT_SAMPLE), ImportProgress.none());

        assertThat(report.framework()).isEqualTo(SAMPLE_DOC);
        assertThat(report.written().entities()).containsEntry("skills", 16).containsEntry("frameworks", 1);
        assertThat(report.mapped()).isEqualTo(Map.of("isChildOf", 16, "precedes", 2));
        assertThat(report.unmapped())
                .isEqualTo(Map.of("exactMatchOf", 16, "exemplar", 2, "isRelatedTo", 2, "precedes", 1));
        assertThat(report.unmappedSample()).hasSize(10).allMatch(s -> s.startsWith("/CFAssociations/"));
        assertThat(report.deviations()).containsKeys("format", "additionalProperties");
        assertThat(count("MATCH (:Skill)-[:IN_FRAMEWORK]->(:Framework {id: $f}) RETURN count(*)"))
                .isEqualTo(16);
        assertThat(count("MATCH (s:Skill)-[:BROADER]->(:Skill) WHERE s.id STARTS WITH 'case:' RETURN count(*)"))
                .isEqualTo(14);
        // "6.RP.A.1 precedes 6.RP.A.2": the second requires the first.
        assertThat(neo4j.query(
                        "MATCH (:Skill {id: $a})-[r:REQUIRES]->(:Skill {id: $b}) RETURN r.level",
                        Map.of(
                                "a", "case:eceec0fb-e4de-4ef3-a48f-0987b366c9ae",
                                "b", "case:b6f61076-aa12-450b-8f9d-b86bc071f85e")))
                .containsExactly(2L);
        assertThat(neo4j.query(
                        "MATCH (f:Framework {id: $f}) RETURN f.title + ' | ' + f.publisher + ' | ' + f.sourceUri",
                        Map.of("f", SAMPLE_DOC)))
                .containsExactly("What Standards Could Be | Brandon Dorman | "
                        + "http://opensalt-staging.opened.com/uri/20c5134f-423d-4097-a971-3dd5152bf507");
    }

    @Test
    void shouldChangeNothingWhenThePackageIsImportedAgain() {
        importer.importPackage("first", CaseFixtures.open(CaseFixtures.OPENSALT_SAMPLE), ImportProgress.none());
        var before = neo4j.fingerprint();
        var frameworks = Bundles.frameworkChanges();

        var again =
                importer.importPackage("again", CaseFixtures.open(CaseFixtures.OPENSALT_SAMPLE), ImportProgress.none());

        var after = neo4j.fingerprint();
        assertThat(again.written().nodesCreated()).isZero();
        assertThat(again.written().relationshipsCreated()).isZero();
        assertThat(after.nodes()).isEqualTo(before.nodes());
        assertThat(after.relationships()).isEqualTo(before.relationships());
        assertThat(after).isEqualTo(before);
        assertThat(Bundles.frameworkChanges())
                .as("lastChangedAt of every framework")
                .isEqualTo(frameworks);
    }

    @Test
    void shouldReportWhatAnImportWouldChangeInADryRunAndWriteNothing() {
        var before = neo4j.fingerprint();

        var rehearsed = importer.dryRun(CaseFixtures.OPENSALT_SAMPLE, CaseFixtures.open(CaseFixtures.OPENSALT_SAMPLE));

        assertThat(neo4j.fingerprint()).isEqualTo(before);
        assertThat(rehearsed.framework()).isEqualTo(SAMPLE_DOC);
        assertThat(rehearsed.changes().get("skills")).isEqualTo(new DryRunReport.Changes(16, 0, 0));
        assertThat(rehearsed.changes().get("frameworks")).isEqualTo(new DryRunReport.Changes(1, 0, 0));
        assertThat(rehearsed.mapped()).isEqualTo(Map.of("isChildOf", 16, "precedes", 2));
        assertThat(rehearsed.unmapped())
                .isEqualTo(Map.of("exactMatchOf", 16, "exemplar", 2, "isRelatedTo", 2, "precedes", 1));

        // Once imported, the same package would leave everything as it is.
        importer.importPackage("first", CaseFixtures.open(CaseFixtures.OPENSALT_SAMPLE), ImportProgress.none());
        var imported = neo4j.fingerprint();
        var again = importer.dryRun("again", CaseFixtures.open(CaseFixtures.OPENSALT_SAMPLE));
        assertThat(again.changes().get("skills")).isEqualTo(new DryRunReport.Changes(0, 0, 16));
        assertThat(again.changes().get("frameworks")).isEqualTo(new DryRunReport.Changes(0, 0, 1));
        assertThat(neo4j.fingerprint()).isEqualTo(imported);
    }

    @Test
    void shouldRefuseInADryRunWhatAnImportRefuses() {
        var before = neo4j.fingerprint();
        var broken = "{\"CFDocument\": {\"identifier\": 7}}".getBytes(StandardCharsets.UTF_8);

        var refused = catchThrowableOfType(
                InterchangeException.class, () -> importer.dryRun("broken.json", new ByteArrayInputStream(broken)));

        assertThat(refused.code()).isEqualTo(CaseImporter.INVALID);
        assertThat(refused.problems()).isNotEmpty().allMatch(p -> p.file().equals("broken.json"));
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldCrosswalkAnExactMatchWhoseOtherEndIsInTheGraph() {
        var ccss = "{\"frameworks\": [{\"id\": \"ccss\", \"title\": \"CCSS\"}], \"skills\": [{\"id\": "
                + "\"case:5b6c487e-04f1-5ba9-9722-d099849b9167\", \"name\": \"6.RP.A\", \"framework\": \"ccss\"}]}";
        neo4j.importer()
                .importBundle(new ByteArrayInputStream(ccss.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());

        var report = importer.importPackage(
                "sample", CaseFixtures.open(CaseFixtures.OPENSALT_SAMPLE), ImportProgress.none());

        assertThat(report.mapped()).containsEntry("exactMatchOf", 1);
        assertThat(report.unmapped()).containsEntry("exactMatchOf", 15);
        assertThat(count("MATCH (a:Skill {id: 'case:edfce0e7-dbbf-40d5-af1a-baccabef85e9'})-[:EXACT_MATCH]-"
                        + "(:Skill {id: 'case:5b6c487e-04f1-5ba9-9722-d099849b9167'}) RETURN count(*)"))
                .isEqualTo(1);
    }

    @Test
    void shouldImportOpenSaltsSmartLevelAndUtf8Packages() {
        var smart = importer.importPackage(
                CaseFixtures.SMART_LEVEL, CaseFixtures.open(CaseFixtures.SMART_LEVEL), ImportProgress.none());
        var smartSkills = count("MATCH (s:Skill) RETURN count(s)");
        // OpenSALT's test packages share their identifiers: each goes into a store of its own.
        neo4j.reset();
        var utf8 =
                importer.importPackage(CaseFixtures.UTF8, CaseFixtures.open(CaseFixtures.UTF8), ImportProgress.none());

        assertThat(smart.written().entities()).containsEntry("skills", 14);
        assertThat(smart.mapped()).containsEntry("isChildOf", 14);
        assertThat(smart.deviations()).containsEntry("pattern", 29);
        assertThat(smartSkills).isEqualTo(14);
        assertThat(utf8.written().entities()).containsEntry("skills", 1);
        assertThat(neo4j.query(
                        "MATCH (s:Skill)-[:IN_FRAMEWORK]->(:Framework {id: $f}) RETURN s.description",
                        Map.of("f", utf8.framework())))
                .singleElement()
                .asString()
                .isEqualTo(CaseFixtures.tree(CaseFixtures.UTF8)
                        .get("CFItems")
                        .get(0)
                        .get("fullStatement")
                        .asText());
    }

    @Test
    void shouldRefuseAPackageThatBreaksTheOfficialSchemaNamingThePointerAndWriteNothing() {
        var broken = CaseFixtures.tree(CaseFixtures.OPENSALT_SAMPLE);
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.get("CFItems").get(3)).remove("fullStatement");
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        broken.get("CFAssociations").get(0))
                .put("associationType", 7);
        var before = neo4j.fingerprint();

        var refused = catchThrowableOfType(
                InterchangeException.class,
                () -> importer.importPackage("broken.json", CaseFixtures.bytes(broken), ImportProgress.none()));

        assertThat(refused.code()).isEqualTo("invalid-case-package");
        assertThat(refused.problems())
                .anySatisfy(p -> {
                    assertThat(p.pointer()).isEqualTo("/CFItems/3");
                    assertThat(p.message()).contains("fullStatement");
                    assertThat(p.file()).isEqualTo("broken.json");
                })
                .anySatisfy(p -> assertThat(p.pointer()).isEqualTo("/CFAssociations/0/associationType"));
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAPrerequisiteLevelOutsideOneToFive() {
        var tree = CaseFixtures.tree(CaseFixtures.OPENSALT_SAMPLE);
        var associations = tree.get("CFAssociations");
        int at = 0;
        while (!associations.get(at).get("associationType").asText().equals("precedes")) {
            at++;
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) associations.get(at))
                .putObject("extensions")
                .put("skillgraphLevel", 9);
        var pointer = "/CFAssociations/" + at + "/extensions/skillgraphLevel";
        var before = neo4j.fingerprint();

        var refused = catchThrowableOfType(
                InterchangeException.class,
                () -> importer.importPackage("level.json", CaseFixtures.bytes(tree), ImportProgress.none()));

        assertThat(refused.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.pointer()).isEqualTo(pointer));
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnIdentifierThatCannotBeAnIdNamingTheItem() {
        var tree = CaseFixtures.tree(CaseFixtures.OPENSALT_SAMPLE);
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("CFItems").get(2)).put("identifier", "a/../..");
        var before = neo4j.fingerprint();

        var refused = catchThrowableOfType(
                InterchangeException.class,
                () -> importer.importPackage("slash.json", CaseFixtures.bytes(tree), ImportProgress.none()));

        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.pointer()).isEqualTo("/CFItems/2/identifier");
            assertThat(p.message()).contains("cannot be used as an identifier");
        });
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldRefuseARepeatedKey() {
        var json = "{\"CFDocument\": {\"identifier\": \"x\", \"identifier\": \"y\"}}";

        var refused = catchThrowableOfType(
                InterchangeException.class,
                () -> importer.importPackage(
                        "twice.json",
                        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                        ImportProgress.none()));

        assertThat(refused.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("Duplicate field 'identifier'"));
    }

    @Test
    void shouldNameTheItemWhenTheGraphRefusesTheMappedFramework() {
        var tree = CaseFixtures.tree(CaseFixtures.OPENSALT_SAMPLE);
        var identifier = tree.get("CFItems").get(5).get("identifier").asText();
        var topic = "{\"topics\": [{\"id\": \"case:" + identifier + "\", \"name\": \"Taken\"}]}";
        neo4j.importer()
                .importBundle(new ByteArrayInputStream(topic.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
        var before = neo4j.fingerprint();

        var refused = catchThrowableOfType(
                InterchangeException.class,
                () -> importer.importPackage("taken.json", CaseFixtures.bytes(tree), ImportProgress.none()));

        assertThat(refused.code()).isEqualTo("invalid-case-package");
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("/CFItems/5");
            assertThat(p.message()).contains("topic");
        });
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    private long count(String cypher) {
        return (Long) neo4j.query(cypher, Map.of("f", SAMPLE_DOC)).get(0);
    }
}
