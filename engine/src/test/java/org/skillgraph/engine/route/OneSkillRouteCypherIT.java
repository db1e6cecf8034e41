package org.skillgraph.engine.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The pure-Cypher one-skill route the benchmark compares the planner with answers what it claims to. */
class OneSkillRouteCypherIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();

    @BeforeEach
    void demo() {
        neo4j.useDemo();
    }

    @Test
    void shouldPutTheCheapestPrerequisiteModulesBeforeTheModuleTeachingTheSkill() {
        var row = route("p-013", "data-storytelling", 3);

        assertThat(modules(row)).containsExactly("m-clear-writing", "m-charts-that-work", "m-numbers-to-narrative");
        assertThat(row.get("totalHours")).isEqualTo(17.0);
        assertThat(row.get("unreachable")).isEqualTo(false);
    }

    @Test
    void shouldAnswerNoStepsWhenTheSkillIsHeldAtTheLevel() {
        var row = route("p-011", "stakeholder-management", 3);

        assertThat(modules(row)).isEmpty();
        assertThat(row.get("totalHours")).isEqualTo(0.0);
        assertThat(row.get("unreachable")).isEqualTo(false);
    }

    @Test
    void shouldNeverCountTheChosenModuleAsItsOwnPrerequisite() {
        var row = route("p-009", "organisational-design", 4);

        var modules = modules(row);
        assertThat(modules).doesNotHaveDuplicates().isNotEmpty();
        assertThat(row.get("unreachable")).isEqualTo(false);
    }

    private Map<String, Object> route(String person, String skill, int level) {
        try (var session = neo4j.driver().session(neo4j.sessionConfig())) {
            return session.run(
                            CypherResources.statement("read/route-one-skill-cypher"),
                            Map.of("id", person, "skill", skill, "level", level))
                    .single()
                    .asMap();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> modules(Map<String, Object> row) {
        return ((List<Map<String, Object>>) row.get("steps"))
                .stream().map(s -> (String) s.get("module")).toList();
    }
}
