package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Open Badges 3.0 out: the credential against 1EdTech's official JSON schema, its signature checked by nimbus's
 * own JWT processor from the JWKS the server publishes (not the signing code), tampering, revocation through
 * the status list a verifier fetches, and who may fetch what.
 */
class CredentialsApiIT {

    private static final String SCHEMA = "/ob3/ob_v3p0_achievementcredential_schema.json";

    @Test
    void shouldIssueACredentialTheOfficialSchemaAccepts() {
        withDemoAnonymous((app, client) -> {
            var earned = earned(0);
            var learner = ApiFixture.token(AccessRole.LEARNER, earned[0]);
            var response = client.get(path(earned) + "?format=json", bearer(learner));

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/vc+ld+json");
            var vc = read(response.body().string());
            assertThat(schemaErrors(vc)).isEmpty();
            assertThat(vc.at("/validFrom").asText()).endsWith("T00:00:00Z");
            assertThat(vc.at("/credentialSubject/identifier/0/identityHash").asText())
                    .startsWith("sha256$");
            assertThat(vc.toString()).doesNotContain("\"" + earned[0] + "\"");
            var alignments = vc.at("/credentialSubject/achievement/alignment");
            assertThat(alignments.size()).isPositive();
            for (var alignment : alignments) {
                assertThat(alignment.path("targetType").asText()).isEqualTo("CFItem");
                var url = alignment.path("targetUrl").asText();
                assertThat(url).matches("https?://[^/]+/ims/case/v1p1/CFItems/[0-9a-f-]{36}");
                var item = client.get(url.substring(url.indexOf("/ims/")), bearer(learner));
                assertThat(ApiFixture.ok(item)
                                .path("extensions")
                                .path("skillgraphId")
                                .asText())
                        .isEqualTo(alignment.path("targetCode").asText());
            }
            assertThat(vc.at("/credentialSubject/achievement/criteria/narrative")
                            .asText())
                    .contains("at level");
            var issuer = client.get("/api/v1/issuer");
            assertThat(read(issuer.body().string()).path("id").asText())
                    .isEqualTo(vc.at("/issuer/id").asText());
        });
    }

    @Test
    void shouldServeTheAchievementItsCredentialsNameToAnyone() {
        withDemoAnonymous((app, client) -> {
            var earned = earned(0);
            var learner = ApiFixture.token(AccessRole.LEARNER, earned[0]);
            var vc = (ObjectNode) read(client.get(path(earned) + "?format=json", bearer(learner))
                    .body()
                    .string());
            var embedded = vc.at("/credentialSubject/achievement");
            var url = embedded.path("id").asText();
            assertThat(url).endsWith("/api/v1/achievements/" + earned[1]);

            var response = client.get(url.substring(url.indexOf("/api/")));
            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/ld+json");
            var served = (ObjectNode) read(response.body().string());
            assertThat(served.path("@context")).isEqualTo(vc.path("@context"));
            assertThat(served.path("creator")).isEqualTo(vc.path("issuer"));
            var withoutFraming = served.deepCopy();
            withoutFraming.remove(List.of("@context", "creator"));
            assertThat(withoutFraming).isEqualTo(embedded);
            // The served Achievement, creator included, is one the official schema accepts inside a credential.
            var withCreator = served.deepCopy();
            withCreator.remove("@context");
            ((ObjectNode) vc.path("credentialSubject")).set("achievement", withCreator);
            assertThat(schemaErrors(vc)).isEmpty();

            var unknown = client.get("/api/v1/achievements/no-such-badge");
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(read(unknown.body().string()).path("detail").asText()).contains("no-such-badge");
        });
    }

    @Test
    void shouldValidateThePublishedExamplesAgainstTheSameSchema() {
        assertThat(schemaErrors(resource("/ob3/spec-example-complete-openbadgecredential.json")))
                .isEmpty();
        assertThat(schemaErrors(resource("/ob3/edubadges-minimal-valid-obv3.json")))
                .isEmpty();
        var broken = (ObjectNode) resource("/ob3/edubadges-minimal-valid-obv3.json");
        broken.remove("validFrom");
        assertThat(schemaErrors(broken)).isNotEmpty();
    }

    @Test
    void shouldSignAVcJwtThatAnIndependentVerifierAcceptsWithTheServedKeys() {
        withDemoAnonymous((app, client) -> {
            var earned = earned(0);
            var admin = ApiFixture.token(AccessRole.ADMIN, null);
            var response = client.get(path(earned), bearer(admin));
            var json = read(client.get(path(earned) + "?format=json", bearer(admin))
                    .body()
                    .string());
            var jwks = client.get("/.well-known/jwks.json");

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/vc+jwt");
            var jwksText = jwks.body().string();
            assertThat(jwksText).doesNotContain("\"d\"");
            var processor = new DefaultJWTProcessor<SecurityContext>();
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(
                    JWSAlgorithm.ES256, new ImmutableJWKSet<>(JWKSet.parse(jwksText))));
            var claims = processor.process(response.body().string(), null);
            assertThat(claims.getIssuer()).isEqualTo(json.at("/issuer/id").asText());
            assertThat(claims.getJWTID()).isEqualTo(json.path("id").asText());
            assertThat(read(ApiFixture.JSON.writeValueAsString(claims.getJSONObjectClaim("vc"))))
                    .isEqualTo(json);
        });
    }

    @Test
    void shouldAnswerATamperedCredentialAsInvalidWithTheReason() {
        withDemoAnonymous((app, client) -> {
            var earned = earned(0);
            var learner = ApiFixture.token(AccessRole.LEARNER, earned[0]);
            var jwt = client.get(path(earned), bearer(learner)).body().string();
            var parts = jwt.split("\\.");
            var payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8);
            var forged = parts[0] + "."
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(payload.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"Grand Master\"")
                                    .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    + "." + parts[2];

            var genuine = verify(client, learner, jwt);
            var tampered = verify(client, learner, forged);
            var garbage = verify(client, learner, "not.a-jwt");

            assertThat(genuine.path("valid").asBoolean()).as(genuine.toString()).isTrue();
            assertThat(tampered.path("valid").asBoolean()).isFalse();
            assertThat(tampered.path("problems").toString()).contains("signature");
            assertThat(garbage.path("valid").asBoolean()).isFalse();
            assertThat(garbage.path("checks").get(0).path("name").asText()).isEqualTo("format");
        });
    }

    @Test
    void shouldReportARevokedCredentialAsRevokedAndSetItsStatusListBit() throws Exception {
        var earned = earned(1);
        withDemoAnonymous((app, client) -> {
            var admin = ApiFixture.token(AccessRole.ADMIN, null);
            var jwt = client.get(path(earned), bearer(admin)).body().string();
            var vc = read(client.get(path(earned) + "?format=json", bearer(admin))
                    .body()
                    .string());
            int index = vc.at("/credentialStatus/statusListIndex").asInt();
            var before = verify(client, admin, jwt);

            var revoked = client.post(path(earned) + "/revocation", "{\"reason\": \"issued in error\"}", bearer(admin));
            var refused = client.post(path(earned) + "/revocation", "{\"why\": 1}", bearer(admin));
            var after = verify(client, admin, jwt);
            var statusUrl = vc.at("/credentialStatus/statusListCredential").asText();
            var list = read(client.get(statusUrl.substring(statusUrl.indexOf("/api/")) + "?format=json")
                    .body()
                    .string());

            assertThat(before.path("valid").asBoolean()).isTrue();
            assertThat(revoked.code()).isEqualTo(200);
            assertThat(refused.code()).isEqualTo(400);
            assertThat(after.path("valid").asBoolean()).isFalse();
            assertThat(after.path("problems").toString()).contains("status: revoked");
            assertThat(bit(list.at("/credentialSubject/encodedList").asText(), index))
                    .isTrue();
            assertThat(bit(list.at("/credentialSubject/encodedList").asText(), index + 1))
                    .isFalse();
        });
    }

    @Test
    void shouldRefuseAnotherLearnerAndAnswer404ForABadgeNotEarned() {
        withDemoAnonymous((app, client) -> {
            var earned = earned(0);
            var other = ApiFixture.token(AccessRole.LEARNER, AccessMatrix.OTHER.equals(earned[0]) ? "p-008" : "p-042");
            var self = ApiFixture.token(AccessRole.LEARNER, earned[0]);

            var refused = client.get(path(earned), bearer(other));
            var unknown = client.get("/api/v1/people/" + earned[0] + "/badges/no-such-badge/credential", bearer(self));
            var badFormat = client.get(path(earned) + "?format=xml", bearer(self));

            assertThat(refused.code()).isEqualTo(403);
            assertThat(unknown.code()).isEqualTo(404);
            assertThat(unknown.headers().get("Content-Type").get(0)).startsWith(Problem.MEDIA_TYPE);
            assertThat(badFormat.code()).isEqualTo(400);
        });
    }

    /** The {@code n}th (person, badge) pair of the demo's earned badges, in id order. */
    private static String[] earned(int n) {
        Neo4jFixture.get().useDemo();
        var rows = Neo4jFixture.get()
                .query(
                        "MATCH (p:Person)-[:EARNED]->(b:Badge) WHERE (b)-[:CERTIFIES]->() "
                                + "RETURN p.id + ' ' + b.id AS pair ORDER BY pair",
                        Map.of());
        return ((String) rows.get(n)).split(" ");
    }

    private static String path(String[] earned) {
        return "/api/v1/people/" + earned[0] + "/badges/" + earned[1] + "/credential";
    }

    private static JsonNode verify(io.javalin.testtools.HttpClient client, String token, String jwt) {
        var body = ApiFixture.JSON.createObjectNode().put("credential", jwt).toString();
        return ApiFixture.ok(client.post("/api/v1/credentials/verify", body, bearer(token)));
    }

    private static boolean bit(String encoded, int index) {
        assertThat(encoded).startsWith("u");
        try (var in = new GZIPInputStream(
                new ByteArrayInputStream(Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            var bits = in.readAllBytes();
            assertThat(bits.length).isEqualTo(16 * 1024);
            return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> schemaErrors(JsonNode credential) {
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909);
        try (var in = CredentialsApiIT.class.getResourceAsStream(SCHEMA)) {
            var schema = factory.getSchema(in);
            return schema.validate(credential).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resource(String name) {
        try (var in = CredentialsApiIT.class.getResourceAsStream(name)) {
            return ApiFixture.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return ApiFixture.JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
