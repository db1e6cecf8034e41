package org.skillgraph.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrerequisiteGraphTest {

    @Test
    void shouldGiveTransitivePrerequisitesTheLevelOnTheEdgeIntoThem() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("ml", "Machine learning")
                .skill("stats", "Statistics")
                .skill("algebra", "Algebra")
                .requires("ml", "stats", 3)
                .requires("stats", "algebra", 2)
                .build();

        assertThat(snapshot.transitivePrerequisites("ml"))
                .containsExactly(new SkillLevel("algebra", 2), new SkillLevel("stats", 3));
    }

    @Test
    void shouldKeepTheHighestLevelWhenADiamondReachesAPrerequisiteTwice() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("top", "Top")
                .skill("left", "Left")
                .skill("right", "Right")
                .skill("bottom", "Bottom")
                .requires("top", "left", 2)
                .requires("top", "right", 3)
                .requires("left", "bottom", 4)
                .requires("right", "bottom", 1)
                .build();

        assertThat(snapshot.transitivePrerequisites("top"))
                .containsExactly(new SkillLevel("bottom", 4), new SkillLevel("left", 2), new SkillLevel("right", 3));
        assertThat(snapshot.prerequisiteCycles()).isEmpty();
    }

    @Test
    void shouldDetectAndReportPrerequisiteCyclesWithoutFailing() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("a", "A")
                .skill("b", "B")
                .skill("c", "C")
                .skill("d", "D")
                .skill("e", "E")
                .requires("a", "b", 1)
                .requires("b", "c", 1)
                .requires("c", "a", 1)
                .requires("d", "d", 2)
                .requires("e", "a", 1)
                .build();

        assertThat(snapshot.prerequisiteCycles()).containsExactly(List.of("a", "b", "c"), List.of("d"));
        assertThat(snapshot.transitivePrerequisites("e"))
                .extracting(SkillLevel::skillId)
                .containsExactly("a", "b", "c");
        assertThat(snapshot.transitivePrerequisites("a"))
                .extracting(SkillLevel::skillId)
                .containsExactly("a", "b", "c");
    }

    @Test
    void shouldImplyOnlyPrerequisitesTheLearnerMustRaise() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("ml", "Machine learning")
                .skill("stats", "Statistics")
                .skill("algebra", "Algebra")
                .skill("python", "Python")
                .skill("typing", "Typing")
                .requires("ml", "stats", 3)
                .requires("ml", "python", 2)
                .requires("stats", "algebra", 2)
                .requires("python", "typing", 1)
                .build();
        LearnerState learner = LearnerState.of(java.util.Map.of("stats", 1, "python", 2));

        assertThat(ImpliedPrerequisites.of(snapshot, learner, List.of("ml")))
                .as("python is held, so typing is not needed; stats is not, so algebra is")
                .containsExactly(
                        new ImpliedPrerequisite("algebra", 2, List.of("ml")),
                        new ImpliedPrerequisite("stats", 3, List.of("ml")));
    }

    @Test
    void shouldNameEveryTargetAnImpliedPrerequisiteServes() {
        CurriculumSnapshot snapshot = CurriculumSnapshot.builder(1)
                .skill("sql", "SQL")
                .skill("python", "Python")
                .skill("logic", "Logic")
                .requires("sql", "logic", 2)
                .requires("python", "logic", 3)
                .build();

        assertThat(ImpliedPrerequisites.of(snapshot, LearnerState.empty(), List.of("sql", "python")))
                .containsExactly(new ImpliedPrerequisite("logic", 3, List.of("python", "sql")));
    }
}
