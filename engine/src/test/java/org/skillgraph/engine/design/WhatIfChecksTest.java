package org.skillgraph.engine.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.design.CurriculumChange.AddModule;
import org.skillgraph.engine.design.CurriculumChange.AddPrerequisite;
import org.skillgraph.engine.design.CurriculumChange.DropPrerequisite;
import org.skillgraph.engine.design.CurriculumChange.SetNeed;
import org.skillgraph.engine.design.CurriculumChange.SetTeaches;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;
import org.skillgraph.engine.snapshot.SkillLevel;

/** The operations beside retire, set-hours and drop: what they change and which inputs they refuse, by field. */
class WhatIfChecksTest {

    private final WhatIfAnalyzer analyzer = new WhatIfAnalyzer(new RoleBaselines(new RoutePlanner()));

    /** analyst needs sql 3 (requires algebra 2): alg-101 4 h + sql-101 6 h = 10 h. */
    private static CurriculumSnapshot curriculum() {
        return CurriculumSnapshot.builder(5)
                .skill("algebra", "Algebra")
                .skill("sql", "SQL")
                .skill("stats", "Statistics")
                .requires("sql", "algebra", 2)
                .module(new ModuleInfo("alg-101", "Algebra", 4, "course", "self-paced", null, true, "published", null))
                .teaches("alg-101", "algebra", 2)
                .module(new ModuleInfo("sql-101", "SQL", 6, "course", "self-paced", null, true, "published", null))
                .teaches("sql-101", "sql", 3)
                .role("analyst", "Analyst", null, null)
                .needs("analyst", "sql", 3, 5, true)
                .build();
    }

    private static List<String> pointers(List<CurriculumChange> changes) {
        try {
            new WhatIfAnalyzer(new RoleBaselines(new RoutePlanner())).analyse(curriculum(), changes);
        } catch (InvalidRequestException e) {
            return e.errors().stream().map(FieldError::pointer).toList();
        }
        return List.of();
    }

    @Test
    void shouldPlanOnAModuleThatDoesNotExistYet() {
        var report = analyzer.analyse(
                curriculum(),
                List.of(new AddModule(
                        "sql-fast", "Fast SQL", 3, "video", List.of(new SkillLevel("sql", 3)), List.of())));

        var analyst = report.roles().get(0);
        assertThat(analyst.hoursBefore()).isEqualTo(10.0);
        assertThat(analyst.hoursAfter())
                .as("algebra 4 h, then the new 3 h module")
                .isEqualTo(7.0);
    }

    @Test
    void shouldMoveARoleWhenItsNeedOrWhatAModuleTeachesChanges() {
        var lower = analyzer.analyse(curriculum(), List.of(new SetNeed("analyst", "sql", 0, null, null)));
        var weaker =
                analyzer.analyse(curriculum(), List.of(new SetTeaches("sql-101", List.of(new SkillLevel("sql", 2)))));

        assertThat(lower.roles().get(0).hoursAfter()).isZero();
        assertThat(weaker.roles().get(0).newlyUnreachable())
                .extracting(t -> t.skillId())
                .containsExactly("sql");
    }

    @Test
    void shouldRefuseUnknownIdsAndLevelsOffTheScaleByField() {
        assertThat(pointers(List.of(
                        new SetTeaches("no-module", List.of(new SkillLevel("no-skill", 3))),
                        new SetNeed("no-role", "sql", 3, 9, null),
                        new AddPrerequisite("sql", "stats", 0),
                        new AddModule("sql-101", null, 2, "course", List.of(), List.of()))))
                .containsExactly(
                        "/changes/0/module",
                        "/changes/0/teaches/0/skill",
                        "/changes/1/role",
                        "/changes/1/importance",
                        "/changes/2/level",
                        "/changes/3/module",
                        "/changes/3/teaches");
    }

    @Test
    void shouldRefuseAPrerequisiteThatWouldCloseACycleUnlessAnEarlierChangeBrokeIt() {
        assertThat(pointers(List.of(new AddPrerequisite("algebra", "sql", 2))))
                .containsExactly("/changes/0/prerequisite");
        assertThat(pointers(List.of(new DropPrerequisite("sql", "algebra"), new AddPrerequisite("algebra", "sql", 2))))
                .isEmpty();
        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> analyzer.analyse(curriculum(), List.of(new AddPrerequisite("sql", "sql", 1))))
                .satisfies(e -> assertThat(e.errors())
                        .extracting(FieldError::pointer)
                        .containsExactly("/changes/0/prerequisite"));
    }
}
