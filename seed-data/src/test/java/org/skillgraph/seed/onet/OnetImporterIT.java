package org.skillgraph.seed.onet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.interchange.InterchangeProblem;
import org.skillgraph.seed.testing.Neo4jFixture;

class OnetImporterIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final OnetImporter importer = new OnetImporter(neo4j.importer());

    @BeforeEach
    void empty() {
        neo4j.reset();
    }

    private OnetImportReport importZip(byte[] zip, boolean dryRun) {
        return importer.importDatabase(
                OnetSource.ofZip("db.zip", new ByteArrayInputStream(zip)),
                Optional.empty(),
                dryRun,
                ImportProgress.none());
    }

    @Test
    void shouldImportTheExcerptWithLevelsMappedTopicsAndMoves() {
        var report = importZip(OnetFixtures.zip(), false);

        assertThat(report.release()).isEqualTo("28.0");
        assertThat(report.framework()).isEqualTo("onet-28.0");
        assertThat(report.files()).containsEntry("Skills.txt", 140L).containsEntry("Occupation Data.txt", 3L);
        assertThat(report.written().entities()).containsEntry("roles", 3).containsEntry("skills", 41);
        assertThat(count("MATCH (:Skill)-[:IN_FRAMEWORK]->(:Framework {id: 'onet-28.0'}) RETURN count(*)"))
                .isEqualTo(41);
        assertThat(neo4j.query(
                        "MATCH (:Role {id: 'onet:11-1011.00'})-[n:NEEDS]->(:Skill {id: 'onet:2.C.1.a'}) "
                                + "RETURN [n.level, n.scaleValue, n.importance, n.essential]",
                        Map.of()))
                .containsExactly(List.of(4L, 6.23, 5L, true));
        assertThat(neo4j.query(
                        "MATCH (:Role {id: 'onet:11-1011.00'})-[n:NEEDS]->(:Skill {id: 'onet:2.A.1.a'}) "
                                + "RETURN [n.level, n.scaleValue]",
                        Map.of()))
                .containsExactly(List.of(3L, 4.62));
        assertThat(neo4j.query("MATCH (r:Role {id: 'onet:11-1011.00'}) RETURN r.family", Map.of()))
                .containsExactly("Management");
        assertThat(neo4j.query(
                        "MATCH (:Skill {id: 'onet:2.A.1.a'})-[:IN_TOPIC]->(t:Topic)-[:BROADER]->(p:Topic) "
                                + "RETURN t.name + ' < ' + p.name",
                        Map.of()))
                .containsExactly("Content < Basic Skills");
        assertThat(neo4j.query(
                        "MATCH (:Role {id: 'onet:11-1011.00'})-[:LEADS_TO]->(r:Role) RETURN r.id ORDER BY r.id",
                        Map.of()))
                .containsExactly("onet:11-1011.03", "onet:11-1021.00");
        assertThat(neo4j.query("MATCH (f:Framework {id: 'onet-28.0'}) RETURN f.scaleName", Map.of()))
                .containsExactly("O*NET level");
    }

    @Test
    void shouldChangeNothingWhenTheSameReleaseIsImportedAgain() {
        importZip(OnetFixtures.zip(), false);
        var before = neo4j.fingerprint();

        var again = importZip(OnetFixtures.zip(), false);

        assertThat(again.written().nodesCreated()).isZero();
        assertThat(again.written().relationshipsCreated()).isZero();
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldWriteNothingInADryRunAndSayWhatItWouldCreate() {
        var before = neo4j.fingerprint();

        var report = importZip(OnetFixtures.zip(), true);

        assertThat(report.written()).isNull();
        assertThat(report.dryRun().changes().get("roles").created()).isEqualTo(3);
        assertThat(report.dryRun().changes().get("skills").created()).isEqualTo(41);
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAMalformedFileNamingFileLineAndColumnAndWriteNothing() {
        var files = new HashMap<>(OnetFixtures.files());
        var knowledge = new String(files.get("Knowledge.txt"), StandardCharsets.UTF_8).replace("\t6.23\t", "\t6,23\t");
        files.put("Knowledge.txt", knowledge.getBytes(StandardCharsets.UTF_8));
        var before = neo4j.fingerprint();

        var e = catchThrowableOfType(
                InterchangeException.class, () -> importZip(OnetFixtures.zip("db_28_0_text", files), false));

        assertThat(e.code()).isEqualTo("invalid-onet-database");
        assertThat(e.problems())
                .containsExactly(
                        new InterchangeProblem("Knowledge.txt", "line 3/Data Value", "\"6,23\" is not a number"));
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAZipWithoutTheRequiredFilesAndWriteNothing() {
        var files = new HashMap<>(OnetFixtures.files());
        files.remove("Occupation Data.txt");
        var before = neo4j.fingerprint();

        var e = catchThrowableOfType(
                InterchangeException.class, () -> importZip(OnetFixtures.zip("db_28_0_text", files), false));

        assertThat(e.problems()).extracting(InterchangeProblem::file).containsExactly("Occupation Data.txt");
        assertThat(neo4j.fingerprint()).isEqualTo(before);
    }

    private long count(String cypher) {
        return (Long) neo4j.query(cypher, Map.of()).get(0);
    }
}
