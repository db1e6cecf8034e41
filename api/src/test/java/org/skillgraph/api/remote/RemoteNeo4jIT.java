package org.skillgraph.api.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.HashMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --neo4j-uri} end to end: the API's main flows through {@code skillgraph serve} processes over
 * {@code bolt+s://} and {@code neo4j+s://} against a Neo4j in another JVM with authentication and TLS
 * required ({@link Deployment}), and a wrong password refused in one line.
 */
@ExtendWith(SharedDeployment.class)
class RemoteNeo4jIT {

    static ApiNode node(String scheme) {
        return scheme.equals("bolt+s") ? SharedDeployment.get().bolt : SharedDeployment.get().routing;
    }

    @ParameterizedTest
    @ValueSource(strings = {"bolt+s", "neo4j+s"})
    void shouldAnswerGapRouteAndCoachesOverTheDemo(String scheme) {
        var node = node(scheme);

        var gap = node.get("/api/v1/people/p-042/gap");
        var route = node.get("/api/v1/people/p-042/route");
        var coaches = node.get("/api/v1/people/p-042/coaches?k=3");

        assertThat(gap.status()).as("%s", gap.body()).isEqualTo(200);
        assertThat(gap.at("/gap/readiness").asDouble()).isBetween(0.0, 1.0);
        assertThat(gap.at("/gap/skills")).isNotEmpty();
        assertThat(route.status()).as("%s", route.body()).isEqualTo(200);
        assertThat(route.at("/route/steps")).isNotEmpty();
        assertThat(coaches.status()).as("%s", coaches.body()).isEqualTo(200);
        assertThat(coaches.at("/targetId").asText()).isEqualTo("senior-data-analyst");
        assertThat(coaches.at("/gaps")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bolt+s", "neo4j+s"})
    void shouldImportAndEditWithIfMatch(String scheme) {
        var node = node(scheme);
        var tag = scheme.replace("+", "-");
        var bundle = "{\"skills\": [{\"id\": \"remote-" + tag + "\", \"name\": \"Remote " + tag
                + "\", \"requires\": [{\"skill\": \"sql\", \"level\": 1}]}]}";

        // A plain bundle's first import also creates the `local` framework: whether this one is the first depends
        // on which scheme's run comes first, so ask before importing.
        var local = node.get("/api/v1/frameworks/local");
        assertThat(local.status()).as("%s", local.body()).isIn(200, 404);
        int expectedNodes = local.status() == 200 ? 1 : 2;

        var imported = node.post("/api/v1/import", bundle);
        var created = node.post("/api/v1/topics", "{\"id\": \"t-" + tag + "\", \"name\": \"First\"}");
        var replaced = node.put("/api/v1/topics/t-" + tag, "{\"name\": \"Second\"}", created.etag());
        var stale = node.put("/api/v1/topics/t-" + tag, "{\"name\": \"Third\"}", created.etag());

        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(200);
        assertThat(imported.at("/nodesCreated").asInt()).isEqualTo(expectedNodes);
        assertThat(node.get("/api/v1/frameworks/local").status()).isEqualTo(200);
        assertThat(node.get("/api/v1/skills/remote-" + tag)
                        .at("/prerequisites/0/id")
                        .asText())
                .isEqualTo("sql");
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        assertThat(replaced.status()).as("%s", replaced.body()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.at("/code").asText()).isEqualTo("stale-write");
        assertThat(node.get("/api/v1/topics/t-" + tag).at("/name").asText()).isEqualTo("Second");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bolt+s", "neo4j+s"})
    void shouldWriteAPersonsLevelAndLetTheGapFollow(String scheme) {
        var node = node(scheme);
        var person = node.get("/api/v1/people/p-042");
        var open = firstOpenGap(node.get("/api/v1/people/p-042/gap").body());

        var held = node.put(
                "/api/v1/people/p-042/skills/" + open.get("skillId").asText(),
                "{\"level\": " + open.get("requiredLevel").asInt() + ", \"source\": \"assessment\"}",
                person.etag());

        assertThat(held.status()).as("%s", held.body()).isIn(200, 201);
        assertThat(gapOf(
                        node.get("/api/v1/people/p-042/gap").body(),
                        open.get("skillId").asText()))
                .isZero();
        assertThat(node.get("/api/v1/people/p-042").etag()).isEqualTo(held.etag());
    }

    @Test
    void shouldRefuseAWrongPasswordWithOneClearLine() throws InterruptedException {
        var deployment = SharedDeployment.get();
        var refused = deployment.serve("wrong-password", deployment.routingEnvironment("not-the-password"));

        assertThat(refused.exitCode(Duration.ofSeconds(120)))
                .as(refused.output())
                .isEqualTo(1);
        assertThat(refused.errorLines())
                .as(refused.output())
                .containsExactly("The graph database refused the user name or password");
        assertThat(refused.outputLines()).as(refused.output()).noneMatch(line -> line.contains("ready"));
    }

    @Test
    void shouldRefuseAServerCertificateNobodyTrustsWithOneClearLine() throws InterruptedException {
        var deployment = SharedDeployment.get();
        var environment = new HashMap<>(deployment.routingEnvironment(deployment.password));
        environment.put("SKILLGRAPH_NEO4J_TRUST_CERT", null);
        var refused = deployment.serve("untrusted", environment);

        assertThat(refused.exitCode(Duration.ofSeconds(120)))
                .as(refused.output())
                .isEqualTo(1);
        assertThat(refused.errorLines())
                .as(refused.output())
                .containsExactly(
                        "TLS to the graph database failed: its certificate is not trusted or does not name its host");
    }

    static JsonNode firstOpenGap(JsonNode gap) {
        return StreamSupport.stream(gap.at("/gap/skills").spliterator(), false)
                .filter(skill -> skill.get("gap").asInt() > 0)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no open gap in " + gap));
    }

    static int gapOf(JsonNode gap, String skillId) {
        return StreamSupport.stream(gap.at("/gap/skills").spliterator(), false)
                .filter(skill -> skill.get("skillId").asText().equals(skillId))
                .mapToInt(skill -> skill.get("gap").asInt())
                .findFirst()
                .orElseThrow(() -> new AssertionError(skillId + " not in " + gap));
    }
}
