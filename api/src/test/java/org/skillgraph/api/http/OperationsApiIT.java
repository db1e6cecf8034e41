package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import org.junit.jupiter.api.Test;

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
    void shouldAnswerUnknownRoutesWithAProblem() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/unicorns");

            assertThat(response.code()).isEqualTo(404);
            assertThat(json(response).get("code").asText()).isEqualTo("no-such-route");
        });
    }
}
