package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.ok;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The validation report's dead ends: everyone with design access sees how many; only people access sees who. */
class ValidationDeadEndsApiIT {

    /** p-stuck completed the only module teaching stats 3 but a newer assessment says 2: nothing to repeat. */
    private static final String STUCK = """
            {"skills": [{"id": "stats", "name": "Statistics"}],
             "roles": [{"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "stats", "level": 3, "importance": 5, "essential": true}]}],
             "modules": [{"id": "m-stats", "title": "Statistics", "hours": 6, "modality": "course",
                          "pacing": "self-paced", "core": true, "status": "published",
                          "teaches": [{"skill": "stats", "level": 3}]}],
             "people": [{"id": "p-stuck", "name": "Stuck", "targetRole": "analyst",
                         "completed": [{"module": "m-stats", "at": "2025-06-01"}],
                         "holds": [{"skill": "stats", "level": 2, "source": "assessment", "at": "2026-10-01"}]}]}
            """;

    @AfterEach
    void forgetTheScratchGraph() {
        Neo4jFixture.get().reset();
    }

    @Test
    void shouldShowTheStuckPeopleOnlyToCallersWhoMayReadPeople() {
        var neo4j = Neo4jFixture.get();
        neo4j.reset();
        neo4j.importer()
                .importBundle(new ByteArrayInputStream(STUCK.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
        ApiFixture.skillgraph().services().afterWrite().run();
        var admin = ApiFixture.token(AccessRole.ADMIN, null);
        var designer = ApiFixture.token(AccessRole.DESIGNER, null);

        JavalinTest.test(ApiFixture.server().javalin(), (app, client) -> {
            var forAdmin = deadEnd(ok(client.get("/api/v1/curriculum/validation", bearer(admin))));
            var forDesigner = deadEnd(ok(client.get("/api/v1/curriculum/validation", bearer(designer))));

            assertThat(forAdmin.at("/people/count").asInt()).isEqualTo(1);
            assertThat(forAdmin.at("/people/sample").toString()).isEqualTo("[\"p-stuck\"]");
            assertThat(forDesigner.at("/people/count").asInt()).isEqualTo(1);
            assertThat(forDesigner.at("/people/sample")).isEmpty();
            assertThat(forDesigner.toString()).doesNotContain("p-stuck");
            assertThat(forDesigner.get("ids").toString()).isEqualTo("[\"analyst\",\"stats\"]");
        });
    }

    private static JsonNode deadEnd(JsonNode report) {
        for (var finding : report.get("findings")) {
            if (finding.get("kind").asText().equals("learner-dead-end")) {
                return finding;
            }
        }
        throw new AssertionError("no learner-dead-end in " + report);
    }
}
