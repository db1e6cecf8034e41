package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * A learner token calls every route it can name, about itself and about others, and no answer contains the
 * id of any other person of the organisation, except an id the learner itself put in the request.
 */
class LearnerPrivacyIT {

    /** Query strings that widen answers: more coaches, more career routes, people's relationship types. */
    private static final Map<String, String> WIDER = Map.of(
            "/api/v1/people/{id}/coaches", "?k=50",
            "/api/v1/people/{id}/career-routes", "?k=5",
            "/api/v1/graph/neighbourhood", "&depth=3&limit=500");

    @Test
    void shouldNeverAnswerALearnerWithAnotherPersonsId() throws Exception {
        Neo4jFixture.get().useDemo();
        var people = new HashSet<String>();
        Neo4jFixture.get().query("MATCH (p:Person) RETURN p.id", Map.of()).forEach(id -> people.add((String) id));
        var learner = ApiFixture.token(AccessRole.LEARNER, AccessMatrix.SELF);
        var leaks = new ArrayList<String>();
        var answered = new ArrayList<String>();
        ApiFixture.withDemoAnonymous((app, client) -> {
            for (var row : AccessMatrix.rows()) {
                for (var caller : List.of("learner_self", "learner_other")) {
                    var path = AccessMatrix.concrete(row, caller) + WIDER.getOrDefault(row.path(), "");
                    var response = AccessMatrixIT.send(client, row, path, bearer(learner));
                    var body = response.body().string();
                    if (response.code() == 200) {
                        answered.add(row.key());
                    }
                    var forbidden = new HashSet<>(people);
                    forbidden.remove(AccessMatrix.SELF);
                    forbidden.removeIf(path::contains);
                    var found = new HashSet<String>();
                    if (body.startsWith("{") || body.startsWith("[")) {
                        collect(ApiFixture.JSON.readTree(body), forbidden, found);
                    } else {
                        forbidden.stream().filter(body::contains).forEach(found::add);
                    }
                    if (!found.isEmpty()) {
                        leaks.add(row.key() + " (" + path + ") answered " + found);
                    }
                }
            }
        });

        assertThat(leaks).isEmpty();
        assertThat(answered)
                .as("routes answered 200, so the check saw real answers")
                .contains(
                        "get /api/v1/people/{id}",
                        "get /api/v1/people/{id}/coaches",
                        "get /api/v1/people/{id}/route",
                        "get /api/v1/people/{id}/export",
                        "get /api/v1/me/coaching");
    }

    private static void collect(JsonNode node, Set<String> forbidden, Set<String> found) {
        if (node.isTextual() && forbidden.contains(node.asText())) {
            found.add(node.asText());
        }
        node.forEach(child -> collect(child, forbidden, found));
        node.fieldNames().forEachRemaining(name -> {
            if (forbidden.contains(name)) {
                found.add(name);
            }
        });
    }
}
