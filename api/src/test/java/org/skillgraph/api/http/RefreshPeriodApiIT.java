package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.ok;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The evidence rules are configuration: a shorter refresh period makes more levels count one lower. */
class RefreshPeriodApiIT {

    @Test
    void shouldCountALevelOneLowerOnceItIsOlderThanAConfiguredRefreshPeriod() {
        Neo4jFixture.get().useDemo();
        var clock = Clock.fixed(ApiFixture.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var skillgraph = Skillgraph.over(
                GraphClient.wrap(
                        Neo4jFixture.get().driver(),
                        Neo4jSettings.unauthenticated(Neo4jFixture.get().boltUri())),
                clock,
                LevelRules.defaults().withRefreshAfter(Period.ofMonths(6)));
        var admin = skillgraph.services().security().tokens().issue(AccessRole.ADMIN, null, "refresh test");
        var server =
                ApiServer.create(skillgraph.services(), ServerSettings.loopback(0), new SecuritySettings(0, 0), clock);
        var config = new TestConfig(
                true,
                true,
                java.net.http.HttpClient.newHttpClient(),
                Map.of("Authorization", "Bearer " + admin.secret()));

        JavalinTest.test(server.javalin(), config, (app, client) -> {
            // SQL 3 by assessment on 2026-03-10: fresh under two years, stale under six months.
            var sql = skill(ok(client.get("/api/v1/people/p-042/gap")), "sql");
            assertThat(sql.get("currentLevel").asInt()).isEqualTo(2);
            assertThat(sql.get("needsRefresh").asBoolean()).isTrue();

            var progress = ok(client.get("/api/v1/people/p-042/progress"));
            assertThat(progress.get("overdueRefreshes").findValuesAsText("skillId"))
                    .contains("sql");
        });
    }

    private static com.fasterxml.jackson.databind.JsonNode skill(
            com.fasterxml.jackson.databind.JsonNode gap, String id) {
        for (var s : gap.at("/gap/skills")) {
            if (s.get("skillId").asText().equals(id)) {
                return s;
            }
        }
        throw new AssertionError("no " + id + " in " + gap);
    }
}
