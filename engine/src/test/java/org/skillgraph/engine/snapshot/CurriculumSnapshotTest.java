package org.skillgraph.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CurriculumSnapshotTest {

    private static ModuleInfo module(String id, double hours) {
        return new ModuleInfo(id, "Title " + id, hours, "course", "self-paced", null, true, "published", null);
    }

    @Test
    void shouldIndexSkillsInIdOrderWhateverTheLoadOrder() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(7)
                .skill("sql", "SQL")
                .skill("algebra", "Algebra")
                .skill("python", null)
                .build();

        assertThat(snapshot.version()).isEqualTo(7);
        assertThat(snapshot.skillCount()).isEqualTo(3);
        assertThat(snapshot.skillIndex("algebra")).isZero();
        assertThat(snapshot.skillId(2)).isEqualTo("sql");
        assertThat(snapshot.skillName(snapshot.skillIndex("python"))).isEqualTo("python");
        assertThat(snapshot.skillIndex("cobol")).isEqualTo(-1);
    }

    @Test
    void shouldAcceptEdgesBeforeTheirEndpoints() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .requires("sql", "algebra", 2)
                .teaches("sql-101", "sql", 3)
                .skill("sql", "SQL")
                .skill("algebra", "Algebra")
                .module(module("sql-101", 6))
                .build();

        assertThat(snapshot.prerequisites("sql")).containsExactly(new SkillLevel("algebra", 2));
        assertThat(snapshot.teaches("sql-101")).containsExactly(new SkillLevel("sql", 3));
        assertThat(snapshot.danglingReferenceCount()).isZero();
    }

    @Test
    void shouldDropAndCountEdgesNamingUnknownIds() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .requires("sql", "ghost", 2)
                .teaches("no-such-module", "sql", 2)
                .needs("no-such-role", "sql", 3, 4, true)
                .skillInTopic("sql", "no-such-topic")
                .build();

        assertThat(snapshot.danglingReferenceCount()).isEqualTo(4);
        assertThat(snapshot.danglingReferences())
                .containsExactlyInAnyOrder(
                        "REQUIRES sql -> ghost: unknown skill 'ghost'",
                        "TEACHES no-such-module -> sql: unknown module 'no-such-module'",
                        "NEEDS no-such-role -> sql: unknown role 'no-such-role'",
                        "IN_TOPIC sql -> no-such-topic: unknown topic 'no-such-topic'");
        assertThat(snapshot.prerequisites("sql")).isEmpty();
    }

    @Test
    void shouldCountEveryDanglingEdgeButDescribeOnlyTheFirstHundred() {
        CurriculumSnapshot.Builder builder = CurriculumSnapshot.builder(1).skill("sql", "SQL");
        for (int i = 0; i < 150; i++) {
            builder.requires("sql", "ghost-" + i, 1);
        }

        CurriculumSnapshot snapshot = builder.build();

        assertThat(snapshot.danglingReferenceCount()).isEqualTo(150);
        assertThat(snapshot.danglingReferences()).hasSize(100);
    }

    @Test
    void shouldDropEdgesWithLevelsOrImportanceOffTheScale() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("a", "A")
                .skill("b", "B")
                .role("r", "R", null, null)
                .requires("a", "b", 9)
                .needs("r", "a", 3, 7, false)
                .build();

        assertThat(snapshot.prerequisites("a")).isEmpty();
        assertThat(snapshot.roleProfile("r")).isEmpty();
        assertThat(snapshot.danglingReferences())
                .containsExactly(
                        "REQUIRES a -> b: level 9 is off the 0–5 scale",
                        "NEEDS r -> a: importance 7 is off the 1–5 scale");
    }

    @Test
    void shouldMergeParallelEdgesKeepingTheStricterOne() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("a", "A")
                .skill("b", "B")
                .role("r", "R", "Data", 2)
                .requires("a", "b", 1)
                .requires("a", "b", 3)
                .needs("r", "a", 2, 5, false)
                .needs("r", "a", 4, 1, true)
                .build();

        assertThat(snapshot.prerequisites("a")).containsExactly(new SkillLevel("b", 3));
        assertThat(snapshot.roleProfile("r")).containsExactly(new RoleNeed("a", 4, 5, true));
    }

    @Test
    void shouldListDependentsWithTheLevelTheyRequire() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("algebra", "Algebra")
                .skill("statistics", "Statistics")
                .skill("physics", "Physics")
                .requires("statistics", "algebra", 2)
                .requires("physics", "algebra", 3)
                .build();

        assertThat(snapshot.dependents("algebra"))
                .containsExactly(new SkillLevel("physics", 3), new SkillLevel("statistics", 2));
    }

    @Test
    void shouldListModulesTeachingASkillCheapestFirst() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .module(module("b-long", 10))
                .module(module("c-short", 2))
                .module(module("a-short", 2))
                .teaches("b-long", "sql", 4)
                .teaches("c-short", "sql", 2)
                .teaches("a-short", "sql", 1)
                .build();

        assertThat(snapshot.modulesTeaching("sql"))
                .extracting(t -> t.module().id(), ModuleTeaching::level)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a-short", 1),
                        org.assertj.core.groups.Tuple.tuple("c-short", 2),
                        org.assertj.core.groups.Tuple.tuple("b-long", 4));
        int sql = snapshot.skillIndex("sql");
        assertThat(snapshot.modules().teacher(sql, 2))
                .isEqualTo(snapshot.modules().moduleIndex("b-long"));
        assertThat(snapshot.modules().teacherLevel(sql, 2)).isEqualTo(4);
    }

    @Test
    void shouldExposeRolesCareerMovesBadgesAndTopics() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .topic("t-data", "Data")
                .topic("t-tech", "Technology")
                .skillInTopic("sql", "t-data")
                .topicBroader("t-data", "t-tech")
                .role("analyst", "Data Analyst", "Data", 2)
                .role("senior", "Senior Data Analyst", "Data", 3)
                .leadsTo("analyst", "senior", "promotion")
                .badge("b-sql", "SQL Practitioner")
                .certifies("b-sql", "sql", 3)
                .build();

        assertThat(snapshot.roles().role("analyst")).contains(new RoleInfo("analyst", "Data Analyst", "Data", 2));
        assertThat(snapshot.leadsTo("analyst")).containsExactly(new RoleTransition("senior", "promotion"));
        assertThat(snapshot.badgesCertifying("sql"))
                .containsExactly(new BadgeInfo("b-sql", "SQL Practitioner", List.of(new SkillLevel("sql", 3))));
        assertThat(snapshot.topicsOf("sql")).containsExactly("t-data");
        assertThat(snapshot.broaderTopics("t-data")).containsExactly("t-tech");
        assertThat(snapshot.topicName("t-tech")).contains("Technology");
    }

    @Test
    void shouldRejectModulesWithoutPositiveHours() {
        assertThatThrownBy(() -> module("free", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("free");
    }
}
