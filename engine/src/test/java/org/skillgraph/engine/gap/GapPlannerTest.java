package org.skillgraph.engine.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.snapshot.CurriculumSnapshot;
import org.skillgraph.engine.snapshot.LearnerState;
import org.skillgraph.engine.snapshot.UnknownTargetException;

class GapPlannerTest {

    private final GapPlanner planner = new GapPlanner();

    /** A data analyst needs SQL 4 (imp 5, essential), Python 2 (imp 3), Excel 3 (imp 1), Stats 3 (imp 3). */
    private static CurriculumSnapshot analyst() {
        return CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .skill("python", "Python")
                .skill("excel", "Excel")
                .skill("stats", "Statistics")
                .skill("algebra", "Algebra")
                .skill("logic", "Logic")
                .skill("typing", "Typing")
                .requires("sql", "logic", 2)
                .requires("stats", "algebra", 3)
                .requires("algebra", "logic", 1)
                .requires("python", "typing", 2)
                .requires("stats", "excel", 4)
                .role("analyst", "Data Analyst", "Data", 2)
                .needs("analyst", "sql", 4, 5, true)
                .needs("analyst", "python", 2, 3, false)
                .needs("analyst", "excel", 3, 1, false)
                .needs("analyst", "stats", 3, 3, true)
                .build();
    }

    private static final LearnerState ADA = LearnerState.of(Map.of("sql", 2, "python", 3, "stats", 3));

    @Test
    void shouldCompareEveryNeededSkillWithTheLearnersLevel() {
        GapReport report = planner.forRole(analyst(), ADA, "analyst");

        assertThat(report.targetId()).isEqualTo("analyst");
        assertThat(report.targetTitle()).isEqualTo("Data Analyst");
        assertThat(report.skills())
                .containsExactly(
                        new SkillGap("sql", "SQL", 4, 2, 2, 5, true),
                        new SkillGap("stats", "Statistics", 3, 3, 0, 3, true),
                        new SkillGap("python", "Python", 2, 3, 0, 3, false),
                        new SkillGap("excel", "Excel", 3, 0, 3, 1, false));
        assertThat(report.skillsMet()).isEqualTo(2);
        assertThat(report.skillsTotal()).isEqualTo(4);
        assertThat(report.essentialGaps()).isEqualTo(1);
    }

    @Test
    void shouldWeighReadinessByImportanceAndCapOverqualification() {
        GapReport report = planner.forRole(analyst(), ADA, "analyst");

        // sql 5·2/4 = 2.5, stats 3·3/3 = 3, python 3·min(3,2)/2 = 3, excel 1·0/3 = 0 → 8.5 / 12
        assertThat(report.readiness()).isEqualTo(0.708);
    }

    @Test
    void shouldBeFullyReadyWhenNothingIsNeeded() {
        GapReport nothing = planner.forTargets(analyst(), ADA, Map.of());
        GapReport met = planner.forTargets(analyst(), ADA, Map.of("python", 1, "sql", 0));

        assertThat(nothing.readiness()).isEqualTo(1.0);
        assertThat(nothing.skills()).isEmpty();
        assertThat(met.readiness()).isEqualTo(1.0);
        assertThat(met.skillsMet()).isEqualTo(2);
    }

    @Test
    void shouldListThePrerequisitesToRaiseWithTheSkillsTheyServe() {
        GapReport report = planner.forRole(analyst(), ADA, "analyst");

        // stats is met, so algebra is not needed; python is met, so typing is not; excel 3 is asked for,
        // and nothing with a gap requires more of it
        assertThat(report.prerequisites()).containsExactly(new PrerequisiteGap("logic", "Logic", 2, 0, List.of("sql")));
    }

    @Test
    void shouldListAPrerequisiteTheTargetAsksForOnlyWhenAHigherLevelIsRequired() {
        LearnerState novice = LearnerState.empty();

        GapReport report = planner.forRole(analyst(), novice, "analyst");

        assertThat(report.prerequisites())
                .as("largest gap first: excel is asked for at 3 but stats requires 4")
                .containsExactly(
                        new PrerequisiteGap("excel", "Excel", 4, 0, List.of("stats")),
                        new PrerequisiteGap("algebra", "Algebra", 3, 0, List.of("stats")),
                        new PrerequisiteGap("logic", "Logic", 2, 0, List.of("sql", "stats")),
                        new PrerequisiteGap("typing", "Typing", 2, 0, List.of("python")));
    }

    @Test
    void shouldTreatExplicitTargetsAsEssentialWithImportanceThree() {
        GapReport report = planner.forTargets(analyst(), ADA, Map.of("excel", 2, "sql", 3));

        assertThat(report.targetId()).isEqualTo(GapReport.EXPLICIT);
        assertThat(report.skills())
                .containsExactly(
                        new SkillGap("excel", "Excel", 2, 0, 2, 3, true), new SkillGap("sql", "SQL", 3, 2, 1, 3, true));
        // (3·0/2 + 3·2/3) / 6
        assertThat(report.readiness()).isEqualTo(0.333);
        assertThat(report.essentialGaps()).isEqualTo(2);
    }

    @Test
    void shouldRefuseUnknownRolesAndSkills() {
        assertThatThrownBy(() -> planner.forRole(analyst(), ADA, "astronaut"))
                .isInstanceOf(UnknownTargetException.class)
                .hasMessage("unknown role 'astronaut'");
        assertThatThrownBy(() -> planner.forTargets(analyst(), ADA, Map.of("cobol", 2)))
                .isInstanceOfSatisfying(
                        UnknownTargetException.class,
                        e -> assertThat(e.targetId()).isEqualTo("cobol"));
    }

    @Test
    void shouldStillReportWhenPrerequisitesFormACycle() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("chicken", "Chicken")
                .skill("egg", "Egg")
                .requires("chicken", "egg", 2)
                .requires("egg", "chicken", 1)
                .build();

        GapReport report = planner.forTargets(snapshot, LearnerState.empty(), Map.of("chicken", 3));

        assertThat(report.prerequisites()).containsExactly(new PrerequisiteGap("egg", "Egg", 2, 0, List.of("chicken")));
        assertThat(report.readiness()).isZero();
    }
}
