package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Bundles;
import org.skillgraph.seed.testing.Neo4jFixture;

class OnePassValidationIT {

    private final Neo4jFixture neo4j = Neo4jFixture.get();

    @Test
    void shouldReportEveryKindOfProblemInOneAnswer() {
        neo4j.reset();
        var bundle = """
                {"skils": [],
                 "skills": [
                   {"id": "a", "name": "A", "requires": [{"skill": "b", "level": 1}]},
                   {"id": "b", "name": "B", "requires": [{"skill": "a", "level": 1}]},
                   {"id": "a", "name": "A again"},
                   {"id": "c", "name": "C", "related": ["ghost"]},
                   {"id": "d", "name": "D", "requires": [{"skill": "also-ghost", "level": 7}]}],
                 "people": [{"id": "p", "name": "P", "holds": [{"skill": "d", "level": 2, "source": "self", "at": "2026-02-30"}]}]}
                """;

        var problems = Bundles.refused(bundle);

        // Schema (typo, range, date: once), duplicate, reference and cycle problems together, by pointer; the
        // schema-refused skill d keeps its id (p's holding of it resolves) but its reference is not checked.
        assertThat(problems)
                .extracting(BundleProblem::pointer, BundleProblem::message)
                .containsExactly(
                        tuple(
                                "/people/0/holds/0/at",
                                "\"2026-02-30\" is not a date: write YYYY-MM-DD, e.g. 2026-03-10"),
                        tuple("/skills/0/requires/0", "prerequisite cycle: a -> b -> a"),
                        tuple("/skills/2/id", "duplicate id 'a': already used by /skills/0"),
                        tuple("/skills/3/related/0", "unknown skill 'ghost': not in the bundle nor in the graph"),
                        tuple("/skills/4/requires/0/level", "must be at most 5, not 7"),
                        tuple("/skils", "unknown field 'skils'; did you mean 'skills'?"));
        assertThat(neo4j.modelNodeCount()).isZero();
    }

    @Test
    void shouldNameEveryBadStintOfARoleHistory() {
        neo4j.reset();
        var bundle = """
                {"roles": [{"id": "r1", "title": "R1"}],
                 "people": [{"id": "p", "name": "P", "role": "r1", "roleHistory": [
                   {"role": "ghost", "from": "2022-01-01"},
                   {"role": "r1", "from": "2024-01-01", "to": "2023-01-01"},
                   {"role": "r1", "from": "2025-01-01"}]}]}
                """;

        var problems = Bundles.refused(bundle);

        assertThat(problems)
                .extracting(BundleProblem::pointer, BundleProblem::message)
                .containsExactly(
                        tuple(
                                "/people/0/roleHistory/0/role",
                                "unknown role 'ghost': not in the bundle nor in the graph"),
                        tuple("/people/0/roleHistory/1/to", "must not be before from (2024-01-01)"),
                        tuple("/people/0/roleHistory/2/role", "lists role r1 a second time"));
        assertThat(neo4j.modelNodeCount()).isZero();
    }
}
