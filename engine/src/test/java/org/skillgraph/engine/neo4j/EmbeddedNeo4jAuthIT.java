package org.skillgraph.engine.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

/** The embedded Neo4j's Bolt port asks for the generated password, kept owner-only in the store's directory. */
class EmbeddedNeo4jAuthIT {

    private static final long PAGE_CACHE = 16L * 1024 * 1024;

    @Test
    void shouldRefuseBoltWithoutThePasswordServeTheEngineAndReuseThePasswordAfterARestart(@TempDir Path dir)
            throws Exception {
        var file = dir.resolve(EmbeddedNeo4j.PASSWORD_FILE);
        String password;
        try (var neo4j = EmbeddedNeo4j.start(dir, 0, PAGE_CACHE)) {
            password = Files.readString(file).strip();
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            assertRefused(neo4j, AuthTokens.none());
            assertRefused(neo4j, AuthTokens.basic(EmbeddedNeo4j.USER, "neo4j"));
            assertThat(answersOne(neo4j)).isEqualTo(1);
        }

        try (var neo4j = EmbeddedNeo4j.start(dir, 0, PAGE_CACHE)) {
            assertThat(Files.readString(file).strip()).isEqualTo(password);
            assertThat(neo4j.settings().password()).isEqualTo(password);
            assertThat(answersOne(neo4j)).isEqualTo(1);
            assertRefused(neo4j, AuthTokens.none());
        }
        assertThat(Files.exists(dir.resolve(EmbeddedNeo4j.PASSWORD_FILE + ".new")))
                .isFalse();
    }

    @Test
    void shouldGiveAStoreThatRanWithoutAuthenticationAPasswordOnItsFirstStart(@TempDir Path dir) {
        // A store as earlier versions left it: authentication off, no password file.
        var old = new DatabaseManagementServiceBuilder(dir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, PAGE_CACHE)
                .build();
        old.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME)
                .executeTransactionally("CREATE (:Skill {id: 'kept'})");
        old.shutdown();
        assertThat(Files.exists(dir.resolve(EmbeddedNeo4j.PASSWORD_FILE))).isFalse();

        try (var neo4j = EmbeddedNeo4j.start(dir, 0, PAGE_CACHE);
                var graph = GraphClient.connect(neo4j.settings())) {
            assertThat(Files.exists(dir.resolve(EmbeddedNeo4j.PASSWORD_FILE))).isTrue();
            assertRefused(neo4j, AuthTokens.none());
            long kept = graph.readSingle(
                    "MATCH (s:Skill {id: 'kept'}) RETURN count(s) AS n",
                    Map.of(),
                    r -> r.get("n").asLong());
            assertThat(kept).isEqualTo(1L);
        }
    }

    private static long answersOne(EmbeddedNeo4j neo4j) {
        try (var graph = GraphClient.connect(neo4j.settings())) {
            return graph.readSingle(
                    "RETURN 1 AS one", Map.of(), r -> r.get("one").asLong());
        }
    }

    private static void assertRefused(EmbeddedNeo4j neo4j, AuthToken auth) {
        try (var driver = GraphDatabase.driver(neo4j.boltUri(), auth)) {
            assertThatThrownBy(() -> {
                        try (var session = driver.session()) {
                            session.run("MATCH (t:ApiToken) RETURN t.hash").consume();
                        }
                    })
                    .isInstanceOf(Neo4jException.class);
        }
    }
}
