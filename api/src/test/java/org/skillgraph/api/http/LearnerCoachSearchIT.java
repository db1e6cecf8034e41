package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;

/** A learner may seek coaches only for the skills of their own gap: the search is not a directory of levels. */
class LearnerCoachSearchIT {

    private static final String SELF = AccessMatrix.SELF;

    @Test
    void shouldRefuseALearnerCoachesForSkillsOutsideTheirOwnGapNamingThoseSkills() {
        var learner = ApiFixture.token(AccessRole.LEARNER, SELF);
        var coordinator = ApiFixture.token(AccessRole.COORDINATOR, null);
        withDemoAnonymous((app, client) -> {
            var own = ok(client.get("/api/v1/people/" + SELF + "/coaches", bearer(learner)));
            var gap = new ArrayList<String>();
            own.get("gaps").forEach(g -> gap.add(g.get("skillId").asText()));
            var outside = firstSkillNotIn(client, gap, learner);
            assertThat(gap).isNotEmpty();

            var refused = client.get(
                    "/api/v1/people/" + SELF + "/coaches?skills=" + gap.get(0) + "," + outside + ":5", bearer(learner));
            var inside = client.get("/api/v1/people/" + SELF + "/coaches?skills=" + gap.get(0), bearer(learner));
            var staff = client.get("/api/v1/people/" + SELF + "/coaches?skills=" + outside, bearer(coordinator));

            assertThat(refused.code()).isEqualTo(400);
            var problem = json(refused);
            assertThat(problem.get("code").asText()).isEqualTo("skills-outside-gap");
            assertThat(problem.get("errors")).hasSize(1);
            assertThat(problem.get("errors").get(0).get("pointer").asText()).isEqualTo("query:skills");
            assertThat(problem.get("errors").get(0).get("message").asText())
                    .contains("'" + outside + "'")
                    .doesNotContain("'" + gap.get(0) + "'");
            assertThat(inside.code()).isEqualTo(200);
            assertThat(staff.code()).isEqualTo(200);
        });
    }

    private static String firstSkillNotIn(io.javalin.testtools.HttpClient client, List<String> gap, String token) {
        var skills = ok(client.get("/api/v1/skills?limit=100", bearer(token)));
        for (var skill : skills.get("items")) {
            var id = skill.get("id").asText();
            if (!gap.contains(id)) {
                return id;
            }
        }
        throw new AssertionError("every listed skill is in the gap");
    }
}
