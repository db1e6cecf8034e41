package org.skillgraph.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotCopyTest {

    private static ModuleInfo module(String id, double hours) {
        return new ModuleInfo(id, "Title " + id, hours, "course", "self-paced", null, true, "published", null);
    }

    private static CurriculumSnapshot original() {
        return CurriculumSnapshot.builder(9)
                .topic("t-data", "Data")
                .topic("t-tech", "Technology")
                .topicBroader("t-data", "t-tech")
                .skill("algebra", "Algebra")
                .skill("sql", "SQL")
                .skill("tuning", null)
                .skillInTopic("sql", "t-data")
                .requires("sql", "algebra", 2)
                .requires("tuning", "sql", 3)
                .module(module("sql-101", 6))
                .teaches("sql-101", "sql", 3)
                .assumes("sql-101", "algebra", 1)
                .role("analyst", "Analyst", "Data", 2)
                .role("senior", "Senior", null, null)
                .needs("analyst", "sql", 3, 5, true)
                .leadsTo("analyst", "senior", "promotion")
                .badge("b-sql", "SQL badge")
                .certifies("b-sql", "sql", 3)
                .build();
    }

    @Test
    void shouldCopyEverythingIntoABuilder() {
        var source = original();

        var copy = source.toBuilder().build();

        assertThat(copy.version()).isEqualTo(9);
        assertThat(copy.toString()).isEqualTo(source.toString());
        assertThat(copy.topicIds()).containsExactly("t-data", "t-tech");
        assertThat(copy.broaderTopics("t-data")).containsExactly("t-tech");
        assertThat(copy.topicName("t-tech")).contains("Technology");
        assertThat(copy.topicsOf("sql")).containsExactly("t-data");
        assertThat(copy.skillName(copy.skillIndex("tuning"))).isEqualTo("tuning");
        assertThat(copy.transitivePrerequisites("tuning")).isEqualTo(source.transitivePrerequisites("tuning"));
        assertThat(copy.module("sql-101")).isEqualTo(source.module("sql-101"));
        assertThat(copy.teaches("sql-101")).containsExactly(new SkillLevel("sql", 3));
        assertThat(copy.assumes("sql-101")).containsExactly(new SkillLevel("algebra", 1));
        assertThat(copy.roles().roleIds()).containsExactly("analyst", "senior");
        assertThat(copy.roles().role("analyst")).isEqualTo(source.roles().role("analyst"));
        assertThat(copy.roleProfile("analyst")).isEqualTo(source.roleProfile("analyst"));
        assertThat(copy.leadsTo("analyst")).containsExactly(new RoleTransition("senior", "promotion"));
        assertThat(copy.badgesCertifying("sql")).isEqualTo(source.badgesCertifying("sql"));
    }

    @Test
    void shouldDeriveAModifiedCopyWithoutTouchingTheOriginal() {
        var source = original();

        var derived = source.toBuilder()
                .withoutRequires("tuning", "sql")
                .module(new ModuleInfo("sql-101", "Title", 6, "course", "self-paced", null, true, "retired", null))
                .build();

        assertThat(derived.prerequisites("tuning")).isEmpty();
        assertThat(derived.prerequisites("sql")).containsExactly(new SkillLevel("algebra", 2));
        assertThat(derived.module("sql-101").orElseThrow().published()).isFalse();
        assertThat(source.prerequisites("tuning")).containsExactly(new SkillLevel("sql", 3));
        assertThat(source.module("sql-101").orElseThrow().published()).isTrue();
    }

    @Test
    void shouldDescribeDroppedEdgesAsValues() {
        var snapshot = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .role("analyst", "Analyst", null, null)
                .needs("analyst", "sql", 7, 3, false)
                .requires("sql", "ghost", 2)
                .build();

        assertThat(snapshot.droppedEdges())
                .containsExactlyInAnyOrder(
                        new DroppedEdge("NEEDS", "analyst", "sql", "level 7 is off the 0–5 scale"),
                        new DroppedEdge("REQUIRES", "sql", "ghost", "unknown skill 'ghost'"));
        assertThat(snapshot.danglingReferences()).contains("REQUIRES sql -> ghost: unknown skill 'ghost'");
    }
}
