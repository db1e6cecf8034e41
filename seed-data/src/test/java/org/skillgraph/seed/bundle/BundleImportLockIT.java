package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * An import and a curriculum edit that run at the same moment: the edit holds the {@code Meta} lock (as every
 * editing transaction takes it first) and adds a prerequisite; the import, started meanwhile, would close a
 * cycle with it. The import must wait for the edit, check against the graph the edit left, and refuse.
 */
class BundleImportLockIT {

    private static final String TWO_SKILLS = """
            {"skills": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}]}
            """;

    /** b requires a: a cycle once the edit below (a requires b) has committed. */
    private static final String CLOSES_THE_CYCLE = """
            {"skills": [{"id": "b", "name": "B", "requires": [{"skill": "a", "level": 1}]}]}
            """;

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final BundleImporter importer = neo4j.importer();

    @BeforeEach
    void twoSkills() {
        neo4j.reset();
        load(TWO_SKILLS);
    }

    @Test
    void shouldCheckTheBundleAgainstAnEditThatCommittedWhileTheImportWaitedForTheLock() throws Exception {
        long versionBefore = version();
        try (var session = neo4j.driver().session();
                var edit = session.beginTransaction()) {
            edit.run("MATCH (m:Meta {id: 'meta'}) SET m.version = m.version + 1")
                    .consume();
            edit.run("MATCH (a:Skill {id: 'a'}), (b:Skill {id: 'b'}) CREATE (a)-[:REQUIRES {level: 1}]->(b)")
                    .consume();

            var importing = CompletableFuture.supplyAsync(() -> load(CLOSES_THE_CYCLE));
            awaitImportBlockedOnTheLock();
            assertThat(importing).as("the import waits for the edit").isNotDone();
            edit.commit();

            var failure = importing.handle((report, thrown) -> thrown).get(60, TimeUnit.SECONDS);
            assertThat(failure).isNotNull().hasCauseInstanceOf(BundleValidationException.class);
            var problems = ((BundleValidationException) failure.getCause()).problems();
            assertThat(problems)
                    .singleElement()
                    .satisfies(p -> assertThat(p.message()).contains("prerequisite cycle"));
        }
        assertThat(neo4j.query("MATCH (x:Skill)-[:REQUIRES]->(y:Skill) RETURN x.id + '->' + y.id", Map.of()))
                .as("only the edit's prerequisite")
                .containsExactly("a->b");
        assertThat(version()).as("the edit's bump only").isEqualTo(versionBefore + 1);
    }

    @Test
    void shouldImportOnceTheEditCommittedWhenNothingConflicts()
            throws ExecutionException, InterruptedException, java.util.concurrent.TimeoutException {
        long versionBefore = version();
        try (var session = neo4j.driver().session();
                var edit = session.beginTransaction()) {
            edit.run("MATCH (m:Meta {id: 'meta'}) SET m.version = m.version + 1")
                    .consume();

            var importing = CompletableFuture.supplyAsync(() -> load(CLOSES_THE_CYCLE));
            awaitImportBlockedOnTheLock();
            edit.commit();

            var report = importing.get(60, TimeUnit.SECONDS);
            assertThat(report.version()).isEqualTo(versionBefore + 2);
        }
        assertThat(neo4j.query("MATCH (x:Skill)-[:REQUIRES]->(y:Skill) RETURN x.id + '->' + y.id", Map.of()))
                .containsExactly("b->a");
    }

    private ImportReport load(String json) {
        return importer.importBundle(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
    }

    private long version() {
        return (Long) neo4j.query("MATCH (m:Meta {id: 'meta'}) RETURN m.version", Map.of())
                .get(0);
    }

    /** Polls the server's transaction list until the import's transaction waits on a lock. */
    private void awaitImportBlockedOnTheLock() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var blocked = neo4j.query(
                    "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = 'skillgraph-import'"
                            + " AND status STARTS WITH 'Blocked' RETURN count(*)",
                    Map.of());
            if ((Long) blocked.get(0) > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never waited for the Meta lock");
    }
}
