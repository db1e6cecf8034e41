package org.skillgraph.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

class CurriculumValidatorTest {

    private final RoleBaselines baselines = new RoleBaselines(new RoutePlanner());
    private final CurriculumValidator validator = new CurriculumValidator();

    private static ModuleInfo module(String id, double hours, String status) {
        return new ModuleInfo(id, "Title of " + id, hours, "course", "self-paced", null, true, status, null);
    }

    /** One of every problem: see each test. */
    private static CurriculumSnapshot bad() {
        var b = CurriculumSnapshot.builder(3).topic("t-used", "Used").topic("t-empty", "Empty");
        for (var skill : List.of("a", "b", "c", "e")) {
            b.skill(skill, skill.toUpperCase(java.util.Locale.ROOT)).skillInTopic(skill, "t-used");
        }
        return b.skill("d", "Orphan")
                .requires("a", "b", 1)
                .requires("b", "a", 1)
                .module(module("m-c", 5, "published"))
                .teaches("m-c", "c", 2)
                .module(module("m-c-draft", 9, "draft"))
                .teaches("m-c-draft", "c", 4)
                .module(module("m-e", 3, "published"))
                .teaches("m-e", "e", 2)
                .assumes("m-e", "c", 4)
                .module(module("m-empty", 1, "published"))
                .module(module("m-old", 1, "retired"))
                .role("r1", "Role one", null, null)
                .needs("r1", "c", 4, 5, true)
                .role("r2", "Role two", null, null)
                .needs("r2", "e", 2, 3, false)
                .needs("r2", "ghost", 2, 3, false)
                .build();
    }

    private ValidationReport validate(CurriculumSnapshot snapshot, List<DanglingReference> dangling, int total) {
        return validator.validate(snapshot, baselines.compute(snapshot), dangling, total);
    }

    private static List<Finding> ofKind(ValidationReport report, String kind) {
        return report.findings().stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void shouldReportPrerequisiteCycles() {
        var cycles = ofKind(validate(bad(), List.of(), 0), Finding.KIND_PREREQUISITE_CYCLE);

        assertThat(cycles).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.ERROR);
            assertThat(f.ids()).containsExactly("a", "b");
            assertThat(f.message()).contains("a -> b -> a");
            assertThat(f.fix()).contains("REQUIRES");
        });
    }

    @Test
    void shouldReportRequirementsNoPublishedModuleTeachesAndPointAtADraftThatWould() {
        var notTaught = ofKind(validate(bad(), List.of(), 0), Finding.KIND_REQUIREMENT_NOT_TAUGHT);

        assertThat(notTaught).singleElement().satisfies(f -> {
            assertThat(f.ids()).containsExactly("c", "r1");
            assertThat(f.message()).contains("r1 (level 4)").contains("above level 2");
            assertThat(f.fix()).contains("m-c-draft");
        });
    }

    @Test
    void shouldReportUnreachableRequirementsWithThePlannersReason() {
        var unreachable = ofKind(validate(bad(), List.of(), 0), Finding.KIND_UNREACHABLE_REQUIREMENT);

        assertThat(unreachable).extracting(Finding::ids).containsExactly(List.of("r1", "c"), List.of("r2", "e", "c"));
        assertThat(unreachable.get(0).message()).contains("no published module teaches it");
        assertThat(unreachable.get(1).message()).contains("need c at level 4");
        assertThat(unreachable.get(1).fix()).contains("Make c level 4 learnable");
    }

    @Test
    void shouldReportModulesTeachingNothingButNotRetiredOnes() {
        var empty = ofKind(validate(bad(), List.of(), 0), Finding.KIND_MODULE_TEACHES_NOTHING);

        assertThat(empty).extracting(Finding::ids).containsExactly(List.of("m-empty"));
        assertThat(empty.get(0).severity()).isEqualTo(Finding.WARNING);
    }

    @Test
    void shouldReportOrphanSkillsAndTopics() {
        var report = validate(bad(), List.of(), 0);

        assertThat(ofKind(report, Finding.KIND_ORPHAN_SKILL))
                .extracting(Finding::ids)
                .containsExactly(List.of("d"));
        assertThat(ofKind(report, Finding.KIND_ORPHAN_TOPIC))
                .extracting(Finding::ids)
                .containsExactly(List.of("t-empty"));
    }

    @Test
    void shouldReportDanglingReferencesAndEdgesTheSnapshotRefused() {
        var dangling =
                new DanglingReference("NEEDS", "r1", List.of("Role"), "m-c", List.of("Module"), List.of("Role->Skill"));

        var report = validate(bad(), List.of(dangling), 1);

        assertThat(ofKind(report, Finding.KIND_DANGLING_REFERENCE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.ids()).containsExactly("r1", "m-c");
                    assertThat(f.message())
                            .contains("NEEDS from :Role 'r1' to :Module 'm-c'")
                            .contains("Role->Skill");
                });
        assertThat(ofKind(report, Finding.KIND_INVALID_EDGE)).singleElement().satisfies(f -> {
            assertThat(f.ids()).containsExactly("r2", "ghost");
            assertThat(f.message()).contains("unknown skill 'ghost'");
        });
    }

    @Test
    void shouldOrderBySeverityAndCountEveryKind() {
        var report = validate(bad(), List.of(), 0);

        assertThat(report.findings())
                .extracting(Finding::kind)
                .containsExactly(
                        Finding.KIND_PREREQUISITE_CYCLE,
                        Finding.KIND_REQUIREMENT_NOT_TAUGHT,
                        Finding.KIND_UNREACHABLE_REQUIREMENT,
                        Finding.KIND_UNREACHABLE_REQUIREMENT,
                        Finding.KIND_INVALID_EDGE,
                        Finding.KIND_MODULE_TEACHES_NOTHING,
                        Finding.KIND_ORPHAN_SKILL,
                        Finding.KIND_ORPHAN_TOPIC);
        assertThat(report.errors()).isEqualTo(4);
        assertThat(report.warnings()).isEqualTo(2);
        assertThat(report.infos()).isEqualTo(2);
        assertThat(report.counts()).containsEntry(Finding.KIND_UNREACHABLE_REQUIREMENT, 2);
        assertThat(report.graphVersion()).isEqualTo(3);
        assertThat(report.truncated()).isFalse();
    }

    @Test
    void shouldCutLongListsButKeepCounting() {
        var b = CurriculumSnapshot.builder(1);
        for (int i = 0; i < CurriculumValidator.MAX_PER_KIND + 5; i++) {
            b.skill(String.format("s-%03d", i), null);
        }
        var dangling =
                new DanglingReference("TEACHES", null, List.of(), "x", List.of("Skill"), List.of("Module->Skill"));

        var report = validate(b.build(), List.of(dangling), 3);

        assertThat(ofKind(report, Finding.KIND_ORPHAN_SKILL)).hasSize(CurriculumValidator.MAX_PER_KIND);
        assertThat(report.counts())
                .containsEntry(Finding.KIND_ORPHAN_SKILL, CurriculumValidator.MAX_PER_KIND + 5)
                .containsEntry(Finding.KIND_DANGLING_REFERENCE, 3);
        assertThat(report.errors()).isEqualTo(3);
        assertThat(report.truncated()).isTrue();
    }

    @Test
    void shouldFindNothingWrongWithASoundCurriculum() {
        var sound = CurriculumSnapshot.builder(1)
                .topic("t", "T")
                .skill("sql", "SQL")
                .skillInTopic("sql", "t")
                .module(module("m-sql", 4, "published"))
                .teaches("m-sql", "sql", 3)
                .role("analyst", "Analyst", null, null)
                .needs("analyst", "sql", 3, 5, true)
                .build();

        var report = validate(sound, List.of(), 0);

        assertThat(report.findings()).isEmpty();
        assertThat(report.counts()).isEmpty();
    }
}
