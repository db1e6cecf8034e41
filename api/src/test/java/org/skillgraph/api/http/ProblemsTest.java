package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.skillgraph.seed.bundle.GraphUnreachableException;

class ProblemsTest {

    @Test
    void shouldAnswerAnImportThatCannotReachTheGraphWithRetryLater() {
        var problems = new Problems(Json.mapper());
        var app = Javalin.create(config -> {
            problems.register(config.routes);
            config.routes.post("/import", ctx -> {
                throw new GraphUnreachableException(new ServiceUnavailableException("gone"));
            });
        });

        JavalinTest.test(app, (server, client) -> {
            var response = client.post("/import", "{}");

            assertThat(response.code()).isEqualTo(503);
            assertThat(response.headers().get("Retry-After")).containsExactly(Problems.RETRY_AFTER_SECONDS);
            var problem = Json.mapper().readTree(response.body().string());
            assertThat(problem.get("code").asText()).isEqualTo("graph-unavailable");
            assertThat(problem.get("detail").asText()).doesNotContain("gone");
        });
    }
}
