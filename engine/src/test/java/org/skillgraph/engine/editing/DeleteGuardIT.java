package org.skillgraph.engine.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.NotFoundException;

class DeleteGuardIT {

    private final EditingGraph g = new EditingGraph();

    @BeforeEach
    void load() {
        g.load();
    }

    @Test
    void shouldRefuseToDeleteASkillInUseListingItsDependentsByKind() {
        long before = g.version();

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().skills().delete("sql", false, IfMatch.absent()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("has-dependents");
                    assertThat(e.details().get("dependents"))
                            .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(DependentGroup.class))
                            .containsExactly(
                                    new DependentGroup("roles", 1, List.of("analyst")),
                                    new DependentGroup("teachingModules", 1, List.of("m-sql")),
                                    new DependentGroup("badges", 1, List.of("b-sql")),
                                    new DependentGroup("dependentSkills", 1, List.of("query-tuning")),
                                    new DependentGroup("narrowerSkills", 1, List.of("query-tuning")),
                                    new DependentGroup("holders", 1, List.of()));
                });
        assertThat(g.skills.find("sql")).isPresent();
        assertThat(g.version()).isEqualTo(before);
    }

    @Test
    void shouldDeleteASkillInUseWhenForcedTogetherWithTheReferences() {
        g.editors().skills().delete("sql", true, IfMatch.absent());

        assertThat(g.skills.find("sql")).isEmpty();
        assertThat(g.roles.find("analyst").orElseThrow().profile()).isEmpty();
        assertThat(g.skills.find("query-tuning").orElseThrow().prerequisites()).isEmpty();
        assertThat(g.people.find("p-1").orElseThrow().holds()).isEmpty();
    }

    @Test
    void shouldDeleteAnUnusedSkillWithoutForce() {
        g.editors().skills().delete("storytelling", false, IfMatch.absent());

        assertThat(g.skills.find("storytelling")).isEmpty();
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> g.editors().skills().delete("storytelling", false, IfMatch.absent()));
    }

    @Test
    void shouldRefuseToDeleteATopicWithSkillsOrNarrowerTopicsUnlessForced() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().topics().delete("t-data", false, IfMatch.absent()))
                .satisfies(e -> assertThat(e.details().get("dependents"))
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(DependentGroup.class))
                        .containsExactly(
                                new DependentGroup("skills", 3, List.of("modelling", "spreadsheets", "sql")),
                                new DependentGroup("narrowerTopics", 1, List.of("t-sql"))));

        g.editors().topics().delete("t-data", true, IfMatch.absent());

        assertThat(g.topics.findTagged("t-data")).isEmpty();
        assertThat(g.topics.findTagged("t-sql").orElseThrow().value().broader()).isEmpty();
    }

    @Test
    void shouldRefuseToDeleteARoleThatPeopleTargetOrThatMovesLeadTo() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().roles().delete("senior-analyst", false, IfMatch.absent()))
                .satisfies(e -> assertThat(e.details().get("dependents"))
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(DependentGroup.class))
                        .containsExactly(
                                new DependentGroup("movesIn", 1, List.of("analyst")),
                                new DependentGroup("aspirants", 1, List.of())));

        g.editors().roles().delete("archivist", false, IfMatch.absent());

        assertThat(g.roles.find("archivist")).isEmpty();
    }

    @Test
    void shouldNeverDeleteAModuleInLearningHistoryEvenWhenForced() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().modules().delete("m-sql", IfMatch.absent()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("has-history");
                    assertThat(e.getMessage()).contains("retire it instead");
                });

        g.editors().modules().delete("m-draft", IfMatch.absent());

        assertThat(g.modules.find("m-sql")).isPresent();
        assertThat(g.modules.find("m-draft")).isEmpty();
    }

    @Test
    void shouldRefuseToDeleteAManagerUnlessForcedThenLeaveTheReportsWithoutOne() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().people().delete("p-1", false, IfMatch.absent()))
                .satisfies(e -> assertThat(e.details().get("dependents"))
                        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(DependentGroup.class))
                        .containsExactly(new DependentGroup("reports", 1, List.of())));

        g.editors().people().delete("p-1", true, IfMatch.absent());

        assertThat(g.people.find("p-1")).isEmpty();
        assertThat(g.people.find("p-2").orElseThrow().manager()).isNull();
        assertThat(g.count("MATCH ()-[r:COMPLETED]->(:Module {id: 'm-sql'}) RETURN count(r)"))
                .as("the person's own history goes with them")
                .isZero();
    }
}
