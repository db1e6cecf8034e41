package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.app.FrameworkServices;
import org.skillgraph.api.app.InterchangeServices;
import org.skillgraph.api.app.Security;
import org.skillgraph.api.app.Services;
import org.skillgraph.engine.access.TokenService;
import org.skillgraph.engine.catalog.SkillRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.people.PersonRepository;

class OperationsApiIT {

    @Test
    void shouldReportLiveAndReady() {
        withDemo((app, client) -> {
            assertThat(json(client.get("/health")).get("status").asText()).isEqualTo("up");
            assertThat(json(client.get("/ready")).get("status").asText()).isEqualTo("ready");
        });
    }

    @Test
    void shouldServeTheOpenApiDocumentAndSwaggerUiWithoutACdn() {
        withDemo((app, client) -> {
            var doc = json(client.get("/api/v1/openapi.json"));
            assertThat(doc.get("openapi").asText()).startsWith("3.1");

            var page = client.get("/docs");
            assertThat(page.code()).isEqualTo(200);
            assertThat(page.body().string())
                    .contains("/docs/assets/swagger-ui-bundle.js")
                    .doesNotContain("https://");
            assertThat(client.get("/docs/assets/swagger-ui-bundle.js").code()).isEqualTo(200);
            assertThat(client.get("/docs/assets/docs-init.js").body().string()).contains("/api/v1/openapi.json");
        });
    }

    @Test
    void shouldAnswer503WithRetryAfterWhenNeo4jIsUnreachable() {
        var unreachable = GraphClient.connect(Neo4jSettings.unauthenticated(URI.create("bolt://127.0.0.1:1")));
        var services = new Services(
                new SkillRepository(unreachable),
                null,
                null,
                null,
                new PersonRepository(unreachable),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new org.skillgraph.api.app.XapiServices(null, null),
                null,
                null,
                null,
                () -> false,
                () -> {},
                new Security(new TokenService(unreachable, Clock.systemUTC()), null, null, null),
                new FrameworkServices(null, null, null, null, new InterchangeServices(null, null, null, null, null)),
                new org.skillgraph.api.app.CredentialServices(null, null),
                new org.skillgraph.api.app.ReviewServices(null, null),
                new org.skillgraph.api.app.MentoringServices(null, null, null, null, null));
        try {
            JavalinTest.test(
                    ApiServer.create(services, ServerSettings.loopback(0)).javalin(), (app, client) -> {
                        var response = client.get("/api/v1/skills?q=sql", ApiFixture.bearer("sgt_" + "A".repeat(43)));

                        assertThat(response.code()).isEqualTo(503);
                        assertThat(response.headers().get("Retry-After")).containsExactly("5");
                        var problem = json(response);
                        assertThat(problem.get("code").asText()).isEqualTo("graph-unavailable");
                        assertThat(response.body().string())
                                .doesNotContain("bolt")
                                .doesNotContain("Exception");

                        assertThat(client.get("/ready").code()).isEqualTo(503);
                        assertThat(client.get("/health").code()).isEqualTo(200);
                    });
        } finally {
            unreachable.close();
        }
    }

    @Test
    void shouldAnswerUnknownRoutesWithAProblem() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/unicorns");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("code").asText()).isEqualTo("no-such-route");
        });
    }
}
