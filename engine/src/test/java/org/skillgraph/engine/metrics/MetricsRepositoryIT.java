package org.skillgraph.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.metrics.PersonHistory.Part;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * The population read: each filter from its own starting point (cohort, role, everyone), and only the parts of
 * the histories asked for, exactly as the whole read gives them.
 */
class MetricsRepositoryIT {

    private static MetricsRepository repository;

    @BeforeAll
    static void load() {
        MetricsFixture.load();
        repository = new MetricsRepository(GraphClient.wrap(
                Neo4jFixture.get().driver(),
                Neo4jSettings.unauthenticated(Neo4jFixture.get().boltUri())));
    }

    @Test
    void shouldReadOnlyTheLearningHistoryWhenAskedForIt() {
        var whole = repository.population(MetricsFilter.everyone()).people();
        var learning = repository
                .population(MetricsFilter.everyone(), EnumSet.of(Part.LEARNING))
                .people();

        assertThat(learning).extracting(PersonHistory::id).containsExactlyElementsOf(ids(whole));
        assertThat(learning).allSatisfy(p -> {
            assertThat(p.evidence()).isEmpty();
            assertThat(p.coachedBy()).isEmpty();
        });
        assertThat(learning)
                .extracting(PersonHistory::enrolments)
                .containsExactlyElementsOf(
                        whole.stream().map(PersonHistory::enrolments).toList());
        assertThat(learning)
                .extracting(PersonHistory::attempts)
                .containsExactlyElementsOf(
                        whole.stream().map(PersonHistory::attempts).toList());
        assertThat(learning)
                .extracting(PersonHistory::completions)
                .containsExactlyElementsOf(
                        whole.stream().map(PersonHistory::completions).toList());
        assertThat(whole).anySatisfy(p -> assertThat(p.enrolments()).isNotEmpty());
    }

    @Test
    void shouldReadOnlyTheEvidenceAndCoachingWhenAskedForThem() {
        var filter = new MetricsFilter(null, "c-test", null);
        var whole = repository.population(filter).people();
        var read = repository
                .population(filter, EnumSet.of(Part.EVIDENCE, Part.COACHING))
                .people();

        assertThat(read).extracting(PersonHistory::id).containsExactlyElementsOf(ids(whole));
        assertThat(read).allSatisfy(p -> {
            assertThat(p.enrolments()).isEmpty();
            assertThat(p.attempts()).isEmpty();
            assertThat(p.completions()).isEmpty();
        });
        assertThat(read)
                .extracting(PersonHistory::evidence)
                .containsExactlyElementsOf(
                        whole.stream().map(PersonHistory::evidence).toList());
        assertThat(read)
                .extracting(PersonHistory::coachedBy)
                .containsExactlyElementsOf(
                        whole.stream().map(PersonHistory::coachedBy).toList());
        assertThat(read)
                .extracting(PersonHistory::targetRoleId)
                .containsExactlyElementsOf(
                        whole.stream().map(PersonHistory::targetRoleId).toList());
        assertThat(whole).anySatisfy(p -> assertThat(p.coachedBy()).isNotEmpty());
    }

    @Test
    void shouldSelectByCohortRoleAndDepartmentFromEachStartingPoint() {
        assertThat(ids(repository
                        .population(new MetricsFilter("analyst", null, null))
                        .people()))
                .containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(ids(repository
                        .population(new MetricsFilter(null, "c-test", null))
                        .people()))
                .containsExactly("p1", "p2", "p3", "p4", "p5", "p6");
        assertThat(ids(repository
                        .population(new MetricsFilter("analyst", "c-test", "Data"))
                        .people()))
                .containsExactly("p1", "p2", "p3", "p4", "p5");
        assertThat(ids(repository
                        .population(new MetricsFilter(null, null, "Ops"))
                        .people()))
                .containsExactly("coach");
        assertThat(ids(repository
                        .population(new MetricsFilter("analyst", null, "Ops"))
                        .people()))
                .isEmpty();
        assertThat(ids(repository.population(MetricsFilter.everyone()).people()))
                .containsExactly("coach", "p1", "p2", "p3", "p4", "p5", "p6");
    }

    private static List<String> ids(List<PersonHistory> people) {
        return people.stream().map(PersonHistory::id).toList();
    }
}
