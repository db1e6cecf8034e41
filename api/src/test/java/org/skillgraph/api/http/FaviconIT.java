package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Browsers ask every server for {@code /favicon.ico}: a real icon answers, without a token, and the pages link it. */
class FaviconIT {

    @Test
    void shouldServeAnIconWithoutAToken() {
        io.javalin.testtools.JavalinTest.test(ApiFixture.server().javalin(), (app, client) -> {
            // The test client reads bodies as text; the icon's bytes need a byte-array handler.
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(
                                            java.net.URI.create(client.getOrigin() + "/favicon.ico"))
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            var bytes = response.body();

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).contains("icon"));
            // ICONDIR: reserved 0, type 1 (icon), at least one image
            assertThat(bytes).startsWith(0, 0, 1, 0);
            assertThat(bytes[4] & 0xff).isPositive();
            assertThat(bytes.length).isGreaterThan(100);
        });
    }

    @Test
    void shouldStillSendTheRootToTheUi() {
        io.javalin.testtools.JavalinTest.test(
                ApiFixture.server().javalin(),
                new io.javalin.testtools.TestConfig(
                        true,
                        true,
                        java.net.http.HttpClient.newBuilder()
                                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                                .build(),
                        java.util.Map.of()),
                (app, client) -> {
                    var response = client.get("/");

                    assertThat(response.code()).isEqualTo(302);
                    assertThat(response.headers().get("Location")).containsExactly("/ui/");
                });
    }

    @Test
    void shouldLinkTheIconFromEveryPage() {
        io.javalin.testtools.JavalinTest.test(ApiFixture.server().javalin(), (app, client) -> {
            for (String page : List.of("/ui/", "/ui/learner.html", "/ui/explorer.html", "/ui/cohort.html")) {
                var response = client.get(page);
                assertThat(response.code()).as(page).isEqualTo(200);
                assertThat(response.body().string()).as(page).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
            }
        });
    }
}
