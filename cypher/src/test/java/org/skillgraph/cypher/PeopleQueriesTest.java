package org.skillgraph.cypher;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeopleQueriesTest {

    @Test
    void shouldRenderUnfilteredPage() {
        var query = PeopleQueries.list(new PeopleQueries.Filter(null, null, null, null, null, 50));

        assertThat(query.text())
                .isEqualTo(
                        "MATCH (p:`Person`) WHERE p.id > $after WITH p ORDER BY p.id LIMIT $limit OPTIONAL MATCH (p)-[:`IN_ROLE`]->(role:`Role`) OPTIONAL MATCH (p)-[:`TARGETS`]->(target:`Role`) RETURN p{.id, .name, .department, .location} AS person, role.id AS role, target.id AS targetRole ORDER BY p.id");
        assertThat(query.parameters()).containsOnlyKeys("after", "limit").containsEntry("after", "");
    }

    @Test
    void shouldRenderEveryFilterAsAParameter() {
        var query =
                PeopleQueries.list(new PeopleQueries.Filter("Finance", "r-analyst", "r-senior", "c-1", "p-010", 20));

        assertThat(query.text())
                .isEqualTo(
                        "MATCH (p:`Person`) WHERE (p.id > $after AND p.department = $department AND (p)-[:`IN_ROLE`]->(:`Role` {id: $role}) AND (p)-[:`TARGETS`]->(:`Role` {id: $targetRole}) AND (p)-[:`MEMBER_OF`]->(:`Cohort` {id: $cohort})) WITH p ORDER BY p.id LIMIT $limit OPTIONAL MATCH (p)-[:`IN_ROLE`]->(role:`Role`) OPTIONAL MATCH (p)-[:`TARGETS`]->(target:`Role`) RETURN p{.id, .name, .department, .location} AS person, role.id AS role, target.id AS targetRole ORDER BY p.id");
        assertThat(query.parameters())
                .containsEntry("department", "Finance")
                .containsEntry("role", "r-analyst")
                .containsEntry("targetRole", "r-senior")
                .containsEntry("cohort", "c-1")
                .containsEntry("after", "p-010")
                .containsEntry("limit", 20);
    }
}
