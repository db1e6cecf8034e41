package org.skillgraph.engine.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.design.CurriculumChange.DropPrerequisite;
import org.skillgraph.engine.design.CurriculumChange.RetireModule;
import org.skillgraph.engine.design.CurriculumChange.SetModuleHours;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.ModuleInfo;

class WhatIfAnalyzerTest {

    private final RoleBaselines baselines = new RoleBaselines(new RoutePlanner());
    private final WhatIfAnalyzer analyzer = new WhatIfAnalyzer(baselines);

    private static ModuleInfo module(String id, double hours) {
        return new ModuleInfo(id, "Title of " + id, hours, "course", "self-paced", null, true, "published", null);
    }

    /** analyst needs sql 3 (requires algebra 2): alg-101 4 h + sql-101 6 h = 10 h; mathy needs algebra 2: 4 h. */
    private static CurriculumSnapshot.Builder curriculum(double sql101Hours) {
        return CurriculumSnapshot.builder(5)
                .skill("algebra", "Algebra")
                .skill("sql", "SQL")
                .requires("sql", "algebra", 2)
                .module(module("alg-101", 4))
                .teaches("alg-101", "algebra", 2)
                .module(module("sql-101", sql101Hours))
                .teaches("sql-101", "sql", 3)
                .module(module("sql-boot", 20))
                .teaches("sql-boot", "sql", 3)
                .role("analyst", "Analyst", null, null)
                .needs("analyst", "sql", 3, 5, true)
                .role("mathy", "Mathy", null, null)
                .needs("mathy", "algebra", 2, 3, true);
    }

    private static RoleImpact role(WhatIfReport report, String id) {
        return report.roles().stream()
                .filter(r -> r.roleId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldShowTheCostOfRetiringAModule() {
        var report = analyzer.analyse(curriculum(6).build(), List.of(new RetireModule("sql-101")));

        var analyst = role(report, "analyst");
        assertThat(analyst.hoursBefore()).isEqualTo(10.0);
        assertThat(analyst.hoursAfter()).isEqualTo(24.0);
        assertThat(analyst.deltaHours()).isEqualTo(14.0);
        assertThat(analyst.newlyUnreachable()).isEmpty();
        assertThat(role(report, "mathy").changed()).isFalse();
        assertThat(report.rolesChanged()).isEqualTo(1);
        assertThat(report.roles()).extracting(RoleImpact::roleId).containsExactly("analyst", "mathy");
        assertThat(report.graphVersion()).isEqualTo(5);
    }

    @Test
    void shouldShowTheGainOfShorterModulesAndDroppedPrerequisites() {
        var snapshot = curriculum(6).build();

        var shorter = analyzer.analyse(snapshot, List.of(new SetModuleHours("sql-101", 2)));
        var noAlgebra = analyzer.analyse(snapshot, List.of(new DropPrerequisite("sql", "algebra")));

        assertThat(role(shorter, "analyst").deltaHours()).isEqualTo(-4.0);
        assertThat(role(noAlgebra, "analyst").hoursAfter()).isEqualTo(6.0);
        assertThat(role(noAlgebra, "mathy").deltaHours()).isZero();
    }

    @Test
    void shouldReportRequirementsThatBecomeUnreachable() {
        var report = analyzer.analyse(
                curriculum(6).build(), List.of(new RetireModule("sql-101"), new RetireModule("sql-boot")));

        var analyst = role(report, "analyst");
        assertThat(analyst.newlyUnreachable())
                .singleElement()
                .satisfies(u -> assertThat(u.skillId()).isEqualTo("sql"));
        assertThat(analyst.changed()).isTrue();
    }

    @Test
    void shouldApplyChangesInOrderToTheSameModule() {
        var snapshot = curriculum(6).build();

        var after = WhatIfAnalyzer.apply(
                snapshot, List.of(new SetModuleHours("sql-101", 3), new SetModuleHours("sql-101", 7)));

        assertThat(after.module("sql-101").orElseThrow().hours()).isEqualTo(7.0);
        assertThat(snapshot.module("sql-101").orElseThrow().hours()).isEqualTo(6.0);
    }

    @Test
    void shouldAnswerAsIfTheChangeHadBeenMadeForReal() {
        var report = analyzer.analyse(curriculum(6).build(), List.of(new SetModuleHours("sql-101", 15)));

        var fresh = baselines.compute(curriculum(15).build());

        assertThat(role(report, "analyst").hoursAfter())
                .isEqualTo(fresh.get("analyst").totalHours())
                .isEqualTo(19.0);
    }

    @Test
    void shouldNameEveryChangeReferringToWhatDoesNotExist() {
        var snapshot = curriculum(6).build();
        var changes = List.<CurriculumChange>of(
                new RetireModule("m-nope"),
                new DropPrerequisite("nope", "algebra"),
                new DropPrerequisite("algebra", "sql"),
                new SetModuleHours("sql-101", 2));

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> analyzer.analyse(snapshot, changes))
                .satisfies(e -> assertThat(e.errors())
                        .extracting(FieldError::pointer)
                        .containsExactly("/changes/0/module", "/changes/1/skill", "/changes/2/prerequisite"));
    }
}
