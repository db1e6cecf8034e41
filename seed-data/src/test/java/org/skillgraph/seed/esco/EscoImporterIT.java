package org.skillgraph.seed.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.EscoFixture;
import org.skillgraph.seed.testing.Neo4jFixture;

class EscoImporterIT {

    private static final String S1 = "esco:skill:4ba71ab7-ac05-44a5-acc6-be1805fdf179";
    private static final String S3 = "esco:skill:c4e08e67-b822-463b-8e69-80ee651011cb";
    private static final String S9 = "esco:skill:9eb22b5a-9059-486a-9d97-fce60131d9b6";
    private static final String S10 = "esco:skill:3ddab6b5-edb6-4e2f-8d8e-b596c8965f78";
    private static final String DATA_ENGINEER = "esco:occupation:f094cd4b-002b-48c8-806a-ab3ffd83b569";

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final EscoImporter importer =
            new EscoImporter(neo4j.driver(), neo4j.sessionConfig(), Duration.ofMinutes(1));

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyGraph() {
        neo4j.reset();
    }

    @Test
    void shouldWriteExactlyTheConceptsAndRelationsOfTheExport() {
        var report = importFolder(null);

        assertThat(report.nodes())
                .containsExactly(Map.entry("Topic", 3L), Map.entry("Skill", 10L), Map.entry("Role", 3L));
        assertThat(report.skillKinds()).containsOnly(Map.entry("skill", 7L), Map.entry("knowledge", 3L));
        assertThat(report.relationships())
                .containsExactly(
                        Map.entry("IN_TOPIC", 10L),
                        Map.entry("Topic-BROADER", 2L),
                        Map.entry("Skill-BROADER", 2L),
                        Map.entry("NEEDS", 13L),
                        Map.entry("RELATED", 3L));
        assertThat(report.essentialNeeds()).isEqualTo(8);
        assertThat(report.nodesCreated()).isEqualTo(16);
        assertThat(report.relationshipsCreated()).isEqualTo(30);
        assertThat(report.skipped()).containsOnly(Map.entry("selfReference", 1L), Map.entry("occupationHierarchy", 3L));
        assertThat(report.defaulted()).containsOnly(Map.entry("skillType", 1L));

        // the 16 concepts and the framework of this ESCO version, which holds every skill
        assertThat(count("MATCH (n) WHERE NOT n:Meta RETURN count(n)")).isEqualTo(17);
        assertThat(neo4j.query("MATCH (s:Skill) RETURN DISTINCT [(s)-[:IN_FRAMEWORK]->(f) | f.id]", Map.of()))
                .containsExactly(List.of("esco-unknown"));
        assertThat(count("MATCH (:Skill)-[r:IN_TOPIC]->(:Topic) RETURN count(r)"))
                .isEqualTo(10);
        assertThat(count("MATCH (:Topic)-[r:BROADER]->(:Topic) RETURN count(r)"))
                .isEqualTo(2);
        assertThat(count("MATCH (:Skill)-[r:BROADER]->(:Skill) RETURN count(r)"))
                .isEqualTo(2);
        assertThat(count("MATCH (:Role)-[r:NEEDS]->(:Skill) RETURN count(r)")).isEqualTo(13);
        assertThat(count("MATCH (:Skill)-[r:RELATED]->(:Skill) RETURN count(r)"))
                .isEqualTo(3);
        assertThat(count("MATCH ()-[r]->() WHERE type(r) <> 'IN_FRAMEWORK' RETURN count(r)"))
                .isEqualTo(30);
        assertThat(count("MATCH (:Skill)-[r:IN_FRAMEWORK]->(:Framework) RETURN count(r)"))
                .isEqualTo(10);
        assertThat(count("MATCH ()-[r:REQUIRES|LEADS_TO]->() RETURN count(r)")).isZero();
    }

    @Test
    void shouldTakeAliasesFromMultiLineAltLabels() {
        importFolder(null);

        var skill = neo4j.query("MATCH (s:Skill {id: $id}) RETURN s {.*}", Map.of("id", S1))
                .get(0);

        assertThat(skill)
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("name", "write SQL queries")
                .containsEntry("aliases", List.of("query relational databases", "write database queries"))
                .containsEntry(
                        "description",
                        "Write queries in SQL to read, join and aggregate data held in relational databases.\n"
                                + "Includes \"window\" functions, common table expressions, and query plans.")
                .containsEntry("kind", "skill")
                .containsEntry("source", "esco")
                .containsEntry("sourceUri", "http://data.europa.eu/esco/skill/4ba71ab7-ac05-44a5-acc6-be1805fdf179");
    }

    @Test
    void shouldMapSkillTypesToKinds() {
        importFolder(null);

        assertThat(neo4j.query("MATCH (s:Skill {name: 'SQL'}) RETURN s.kind", Map.of()))
                .containsExactly("knowledge");
        assertThat(neo4j.query("MATCH (s:Skill {id: $id}) RETURN s.kind", Map.of("id", S10)))
                .containsExactly("skill");
    }

    @Test
    void shouldGiveRolesTheirIscoFamilyAndNeedsTheirDefaultLevels() {
        importFolder(null);

        assertThat(neo4j.query(
                        "MATCH (r:Role {id: $id}) RETURN [r.title, r.family, r.iscoGroup]",
                        Map.of("id", DATA_ENGINEER)))
                .containsExactly(List.of("data engineer", "Database specialists", "2521"));
        assertThat(neo4j.query(
                        "MATCH (:Role {id: $id})-[n:NEEDS]->(s:Skill) RETURN [s.name, n.level, n.importance, n.essential] ORDER BY s.name",
                        Map.of("id", DATA_ENGINEER)))
                .containsExactly(
                        List.of("SQL", 3L, 4L, true),
                        List.of("clean data", 2L, 2L, false),
                        List.of("communicate with stakeholders", 2L, 2L, false),
                        List.of("data models", 3L, 4L, true),
                        List.of("design data pipelines", 3L, 4L, true),
                        List.of("write SQL queries", 3L, 4L, true));
    }

    @Test
    void shouldBuildTheTopicPolyhierarchy() {
        importFolder(null);

        assertThat(neo4j.query(
                        "MATCH (:Skill {id: $id})-[:IN_TOPIC]->(t:Topic)-[:BROADER]->(root:Topic) "
                                + "RETURN t.name + ' < ' + root.name ORDER BY t.name",
                        Map.of("id", S1)))
                .containsExactly(
                        "software development and analysis < digital and data skills",
                        "working with data < digital and data skills");
        assertThat(neo4j.query("MATCH (t:Topic {id: 'esco:group:isced-f:0613'}) RETURN t.name", Map.of()))
                .containsExactly("software development and analysis");
        assertThat(neo4j.query("MATCH (:Skill {id: $id})-[:BROADER]->(s:Skill) RETURN s.id", Map.of("id", S9)))
                .containsExactly(S3);
    }

    @Test
    void shouldReportDanglingReferencesWithoutWritingThem() {
        var report = importFolder(null);

        assertThat(report.dangling().total()).isEqualTo(2);
        assertThat(report.dangling().byFile())
                .containsExactly(
                        Map.entry("broaderRelationsSkillPillar.csv", 1L),
                        Map.entry("occupationSkillRelations.csv", 1L));
        assertThat(report.dangling().examples())
                .containsExactly(
                        new EscoImportReport.DanglingReference(
                                "broaderRelationsSkillPillar.csv",
                                4,
                                "conceptUri",
                                "http://data.europa.eu/esco/skill/d7821787-6fdc-4385-9088-f20a05dbb51a"),
                        new EscoImportReport.DanglingReference(
                                "occupationSkillRelations.csv",
                                15,
                                "occupationUri",
                                "http://data.europa.eu/esco/occupation/0aa6453f-95c4-4054-9031-f0fbc96d793e"));
        assertThat(count(
                        "MATCH (n) WHERE n.sourceUri IN $uris RETURN count(n)",
                        Map.of(
                                "uris",
                                List.of(
                                        "http://data.europa.eu/esco/skill/d7821787-6fdc-4385-9088-f20a05dbb51a",
                                        "http://data.europa.eu/esco/occupation/0aa6453f-95c4-4054-9031-f0fbc96d793e"))))
                .isZero();
    }

    @Test
    void shouldChangeNothingButTheGraphVersionWhenReImported() {
        var first = importFolder(null);
        var graph = snapshot();

        var frameworks = frameworks();
        var second = importFolder(null);

        assertThat(snapshot()).isEqualTo(graph);
        assertThat(frameworks()).isEqualTo(frameworks).hasSize(1);
        assertThat(neo4j.query("MATCH (m:Meta) RETURN [m.version, m.escoVersion]", Map.of()))
                .containsExactly(List.of(second.version(), EscoImporter.UNKNOWN_VERSION));
        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(second.nodesCreated()).isZero();
        assertThat(second.relationshipsCreated()).isZero();
        assertThat(second.nodes()).isEqualTo(first.nodes());
        assertThat(second.relationships()).isEqualTo(first.relationships());
        assertThat(second.dangling()).isEqualTo(first.dangling());
    }

    @Test
    void shouldImportTheZipsAsTheFolderAndRecordTheirVersion() {
        var fromFolder = importFolder("1.1.1");
        var graph = snapshot();

        EscoImportReport fromZips;
        try (var export = EscoExport.open(EscoFixture.zips(tmp).toArray(Path[]::new))) {
            fromZips = importer.importEsco(export, null, ImportProgress.none());
        }

        assertThat(fromFolder.escoVersion()).isEqualTo("1.1.1");
        assertThat(fromZips.escoVersion()).isEqualTo(EscoFixture.ZIP_VERSION);
        assertThat(neo4j.query("MATCH (m:Meta) RETURN m.escoVersion", Map.of()))
                .containsExactly(EscoFixture.ZIP_VERSION);
        assertThat(snapshot()).isEqualTo(graph);
        assertThat(fromZips.relationships()).isEqualTo(fromFolder.relationships());
        // each ESCO version is a framework of its own; the skills move to the newer one
        assertThat(neo4j.query("MATCH (s:Skill) RETURN DISTINCT [(s)-[:IN_FRAMEWORK]->(f) | f.id]", Map.of()))
                .containsExactly(List.of("esco-" + EscoFixture.ZIP_VERSION));
    }

    @Test
    void shouldReportProgressUpToTheTotalRowCount() {
        var seen = new ArrayList<long[]>();

        importFolder(null, (step, done, total) -> seen.add(new long[] {done, total}));

        assertThat(seen).isNotEmpty().allSatisfy(p -> assertThat(p[0]).isBetween(0L, p[1]));
        assertThat(seen.get(seen.size() - 1)).containsExactly(55, 55);
    }

    @Test
    void shouldWriteNothingWhenAFileIsMissing() {
        var partial = EscoFixture.folder(tmp, "skillSkillRelations.csv");

        try (var export = EscoExport.open(partial)) {
            assertThatThrownBy(() -> importer.importEsco(export, null, ImportProgress.none()))
                    .isInstanceOf(EscoFormatException.class)
                    .hasMessageContaining("skillSkillRelations.csv missing");
        }
        assertThat(count("MATCH (n) RETURN count(n)")).isZero();
    }

    private EscoImportReport importFolder(String version) {
        return importFolder(version, ImportProgress.none());
    }

    private EscoImportReport importFolder(String version, ImportProgress progress) {
        try (var export = EscoExport.open(EscoFixture.folder(tmp))) {
            return importer.importEsco(export, version, progress);
        }
    }

    private long count(String cypher) {
        return count(cypher, Map.of());
    }

    private long count(String cypher, Map<String, Object> parameters) {
        return (Long) neo4j.query(cypher, parameters).get(0);
    }

    /** Every framework with its skills and when it last changed. */
    private List<Object> frameworks() {
        return neo4j.query(
                "MATCH (f:Framework) RETURN [f.id, f.lastChangedAt, COUNT { (f)<-[:IN_FRAMEWORK]-() }] ORDER BY f.id",
                Map.of());
    }

    /** Every node but Meta and the frameworks (one per ESCO version), every other relationship, with their properties. */
    private List<Object> snapshot() {
        var nodes = neo4j.query(
                "MATCH (n) WHERE NOT n:Meta AND NOT n:Framework RETURN [labels(n), n.id, properties(n)] AS x ORDER BY n.id",
                Map.of());
        var relationships = neo4j.query(
                "MATCH (a)-[r]->(b) WHERE NOT b:Framework"
                        + " RETURN [a.id, type(r), b.id, properties(r)] AS x ORDER BY a.id, type(r), b.id",
                Map.of());
        return List.of(nodes, relationships);
    }
}
