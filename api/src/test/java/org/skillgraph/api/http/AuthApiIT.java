package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.skillgraph.api.http.auth.SecuritySettings;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Authentication, token management and request limits over real HTTP. */
class AuthApiIT {

    @Test
    void shouldRefuseARequestWithoutATokenWith401AndABearerChallenge() {
        withDemoAnonymous((app, client) -> {
            var response = client.get("/api/v1/skills?q=sql");

            assertThat(response.code()).isEqualTo(401);
            assertThat(response.headers().get("WWW-Authenticate")).containsExactly("Bearer realm=\"skillgraph\"");
            assertThat(response.headers().get("Content-Type").get(0)).startsWith(Problem.MEDIA_TYPE);
            assertThat(json(response).get("code").asText()).isEqualTo("unauthenticated");
        });
    }

    @Test
    void shouldRefuseMalformedUnknownAndRevokedTokensAlike() {
        var revoked = ApiFixture.issued(AccessRole.READER, null);
        ApiFixture.skillgraph()
                .services()
                .security()
                .tokens()
                .revoke(revoked.token().id());
        withDemoAnonymous((app, client) -> {
            for (var header : new String[] {
                "Bearer nope", "Basic dXNlcjpwYXNz", "Bearer sgt_" + "A".repeat(43), "Bearer " + revoked.secret()
            }) {
                var response = client.get("/api/v1/skills?q=sql", r -> r.header("Authorization", header));
                assertThat(response.code()).as(header).isEqualTo(401);
            }
        });
    }

    @Test
    void shouldLetHealthReadinessAndTheApiDescriptionThroughWithoutAToken() {
        withDemoAnonymous((app, client) -> {
            assertThat(client.get("/health").code()).isEqualTo(200);
            assertThat(client.get("/ready").code()).isEqualTo(200);
            assertThat(client.get("/api/v1/openapi.json").code()).isEqualTo(200);
            assertThat(client.get("/docs").code()).isEqualTo(200);
        });
    }

    @Test
    void shouldCreateUseListAndRevokeATokenOverTheApi() {
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
        withDemoAnonymous((app, client) -> {
            var created = client.post(
                    "/api/v1/tokens",
                    "{\"role\": \"learner\", \"personId\": \"p-008\", \"label\": \"phone\"}",
                    bearer(admin));
            assertThat(created.code()).isEqualTo(201);
            var body = json(created);
            var secret = body.get("secret").asText();
            var id = body.get("token").get("id").asText();
            assertThat(secret).startsWith("sgt_").hasSize(47);

            var me = ok(client.get("/api/v1/me", bearer(secret)));
            assertThat(me.get("role").asText()).isEqualTo("learner");
            assertThat(me.get("personId").asText()).isEqualTo("p-008");
            assertThat(me.get("tokenId").asText()).isEqualTo(id);

            var listed = client.get("/api/v1/tokens", bearer(admin)).body().string();
            assertThat(listed).contains(id).doesNotContain(secret).doesNotContain("hash");

            var revoked = ok(client.delete("/api/v1/tokens/" + id, null, bearer(admin)));
            assertThat(revoked.get("revokedAt").isNull()).isFalse();
            assertThat(client.get("/api/v1/me", bearer(secret)).code()).isEqualTo(401);
        });
    }

    @Test
    void shouldRefuseTokenRequestsWhoseRoleAndPersonDoNotFit() {
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
        withDemoAnonymous((app, client) -> {
            assertPointer(client.post("/api/v1/tokens", "{\"role\": \"learner\"}", bearer(admin)), "/personId");
            assertPointer(
                    client.post("/api/v1/tokens", "{\"role\": \"reader\", \"personId\": \"p-008\"}", bearer(admin)),
                    "/personId");
            assertPointer(
                    client.post("/api/v1/tokens", "{\"role\": \"learner\", \"personId\": \"p-nobody\"}", bearer(admin)),
                    "/personId");
            assertPointer(client.post("/api/v1/tokens", "{\"role\": \"root\"}", bearer(admin)), "/role");
        });
    }

    @Test
    void shouldAnswerALearnerAskingAboutSomeoneElseTheSameWhetherOrNotThatPersonExists() {
        var learner = ApiFixture.token(AccessRole.LEARNER, AccessMatrix.SELF);
        withDemoAnonymous((app, client) -> {
            var existing = client.get("/api/v1/people/p-042/gap", bearer(learner));
            var missing = client.get("/api/v1/people/p-nobody/gap", bearer(learner));

            assertThat(existing.code()).isEqualTo(403);
            assertThat(missing.code()).isEqualTo(403);
            assertThat(existing.body().string()).isEqualTo(missing.body().string());
            assertThat(client.get("/api/v1/people/" + AccessMatrix.SELF + "/gap", bearer(learner))
                            .code())
                    .isEqualTo(200);
        });
    }

    @Test
    void shouldLimitRequestsPerTokenWith429AndRetryAfter() {
        Neo4jFixture.get().useDemo();
        var busy = ApiFixture.token(AccessRole.READER, null);
        var other = ApiFixture.token(AccessRole.READER, null);
        var server = ApiFixture.server(new SecuritySettings(1, 2));
        JavalinTest.test(server.javalin(), (app, client) -> {
            // Warm the route with the other token, so that a slow first request on a busy machine does not let
            // the busy token's bucket refill (one a second) before it is empty.
            assertThat(client.get("/api/v1/roles", bearer(other)).code()).isEqualTo(200);
            assertThat(client.get("/api/v1/roles", bearer(busy)).code()).isEqualTo(200);
            assertThat(client.get("/api/v1/roles", bearer(busy)).code()).isEqualTo(200);
            // The bucket refills one a second: one of ten more requests is refused unless they take eight seconds.
            Response limited = null;
            for (int i = 0; i < 10 && limited == null; i++) {
                var response = client.get("/api/v1/roles", bearer(busy));
                if (response.code() != 200) {
                    limited = response;
                }
            }

            assertThat(limited).as("the busy token is limited").isNotNull();
            assertThat(limited.code()).isEqualTo(429);
            assertThat(Integer.parseInt(limited.headers().get("Retry-After").get(0)))
                    .isBetween(1, 2);
            assertThat(json(limited).get("code").asText()).isEqualTo("rate-limited");
            assertThat(client.get("/api/v1/roles", bearer(other)).code()).isEqualTo(200);
        });
    }

    @Test
    void shouldLimitFailedAuthenticationsPerClientAddressAndAuditThem() {
        Neo4jFixture.get().useDemo();
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
        // No per-token limit: only the failures of this address are counted.
        var server = ApiFixture.server(new SecuritySettings(0, 0));
        JavalinTest.test(server.javalin(), (app, client) -> {
            // Used before the attack: a token this node already checked keeps working from a limited address.
            assertThat(client.get("/api/v1/roles", bearer(admin)).code()).isEqualTo(200);
            var random = new java.security.SecureRandom();
            Response limited = null;
            int refused = 0;
            for (int i = 0; i < 60 && limited == null; i++) {
                var bytes = new byte[32];
                random.nextBytes(bytes);
                var guess = "sgt_"
                        + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                var response = client.get("/api/v1/roles", bearer(guess));
                if (response.code() == 401) {
                    refused++;
                } else {
                    limited = response;
                }
            }

            assertThat(limited).as("failed authentications are limited").isNotNull();
            assertThat(limited.code()).isEqualTo(429);
            assertThat(json(limited).get("code").asText()).isEqualTo("too-many-failed-authentications");
            assertThat(Integer.parseInt(limited.headers().get("Retry-After").get(0)))
                    .isPositive();
            assertThat(refused).isPositive();
            ApiFixture.flushAudit();
            var trail = ApiFixture.skillgraph()
                    .services()
                    .security()
                    .trail()
                    .list(
                            new org.skillgraph.engine.access.AuditQuery("address:127.0.0.1", null, null, null),
                            null,
                            100);
            assertThat(trail.items()).hasSizeGreaterThanOrEqualTo(refused).allSatisfy(e -> {
                assertThat(e.action()).isEqualTo("authenticate");
                assertThat(e.status()).isEqualTo(401);
            });
            assertThat(ok(client.get("/api/v1/roles", bearer(admin)))).isNotNull();
        });
    }

    @Test
    void shouldSendSecurityHeadersAndNoCorsHeaders() {
        ApiFixture.withDemo((app, client) -> {
            var page = client.get("/docs", r -> r.header("Origin", "https://elsewhere.example"));
            var api = client.get("/api/v1/roles", r -> r.header("Origin", "https://elsewhere.example"));

            for (var response : new Response[] {page, api}) {
                assertThat(response.headers().get("Access-Control-Allow-Origin"))
                        .isNull();
                assertThat(response.headers().get("X-Content-Type-Options")).containsExactly("nosniff");
                assertThat(response.headers().get("X-Frame-Options")).containsExactly("DENY");
                assertThat(response.headers().get("Content-Security-Policy").get(0))
                        .contains("default-src 'self'")
                        .contains("frame-ancestors 'none'");
            }
            assertThat(api.headers().get("Cache-Control")).containsExactly("no-store");
            // Outside /api/ too: the CASE and xAPI endpoints answer with people's and frameworks' data.
            for (var path : new String[] {"/ims/case/v1p1/CFDocuments", "/xapi/statements", "/docs"}) {
                assertThat(client.get(path).headers().get("Cache-Control"))
                        .as(path)
                        .containsExactly("no-store");
            }
            // The UI's files are the same for everyone and may be cached.
            var uiFile = client.get("/ui/index.html");
            assertThat(uiFile.code()).isEqualTo(200);
            assertThat(Objects.requireNonNullElse(uiFile.headers().get("Cache-Control"), List.<String>of()))
                    .doesNotContain("no-store");
        });
    }

    private static void assertPointer(Response response, String pointer) {
        assertThat(response.code()).isEqualTo(400);
        assertThat(json(response).get("errors").findValuesAsText("pointer")).contains(pointer);
    }
}
