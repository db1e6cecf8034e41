package org.skillgraph.seed.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillgraph.seed.bundle.Bundle;

class ScaleMappingTest {

    /** O*NET's level scale as docs/frameworks.md maps it. */
    static final Bundle.Scale ONET = new Bundle.Scale(
            "O*NET level",
            0.0,
            7.0,
            List.of(step(0, 0), step(1, 1), step(2.5, 2), step(4, 3), step(5.5, 4), step(6.5, 5)));

    static final Bundle.Scale SFIA = new Bundle.Scale(
            "SFIA level",
            1.0,
            7.0,
            List.of(step(1, 1), step(2, 2), step(3, 3), step(4, 4), step(5, 4), step(6, 5), step(7, 5)));

    static final Bundle.Scale MOODLE = new Bundle.Scale(
            "Moodle competence scale",
            null,
            null,
            List.of(new Bundle.ScaleStep(null, "Not yet competent", 0), new Bundle.ScaleStep(null, "Competent", 3)));

    @ParameterizedTest(name = "O*NET {0} -> {1}")
    @CsvSource({"0, 0", "0.99, 0", "1, 1", "2.49, 1", "2.5, 2", "3.99, 2", "4, 3", "5.5, 4", "6.2, 4", "6.5, 5", "7, 5"
    })
    void shouldMapEachNumericValueToTheLevelOfTheLastStepAtOrBelowIt(double value, int level) {
        assertThat(new ScaleMapping(ONET).level(value).level()).isEqualTo(level);
    }

    @ParameterizedTest(name = "SFIA {0} -> {1}")
    @CsvSource({"1, 1", "4, 4", "5, 4", "6, 5", "7, 5"})
    void shouldMapSfiaLevels(int value, int level) {
        assertThat(new ScaleMapping(SFIA).level(value).level()).isEqualTo(level);
    }

    @Test
    void shouldRefuseValuesOutsideTheScale() {
        var onet = new ScaleMapping(ONET);

        assertThat(onet.level(-0.1).problem()).contains("outside the scale 'O*NET level'");
        assertThat(onet.level(7.01).problem()).contains("outside");
        assertThat(onet.level(-0.1).level()).isNull();
        assertThat(new ScaleMapping(SFIA).level(0).problem()).contains("outside");
    }

    @Test
    void shouldRefuseAValueBelowTheFirstStepOfAScaleWithoutMinimum() {
        var open = new Bundle.Scale("percent", null, null, List.of(step(20, 1), step(60, 3)));

        assertThat(new ScaleMapping(open).level(10).problem()).contains("below the first step");
        assertThat(new ScaleMapping(open).level(1000).level()).isEqualTo(3);
    }

    @Test
    void shouldMapNamedValuesOneByOneAndRefuseOthers() {
        var moodle = new ScaleMapping(MOODLE);

        assertThat(moodle.named()).isTrue();
        assertThat(moodle.level("Competent").level()).isEqualTo(3);
        assertThat(moodle.level("Not yet competent").level()).isZero();
        assertThat(moodle.level("competent").problem()).contains("not a value");
        assertThat(moodle.level(3).problem()).contains("takes named values");
        assertThat(new ScaleMapping(ONET).level("high").problem()).contains("takes numbers");
    }

    @Test
    void shouldAcceptWellFormedScales() {
        assertThat(new ScaleMapping(ONET).problems("/frameworks/0/scale")).isEmpty();
        assertThat(new ScaleMapping(SFIA).problems("/frameworks/0/scale")).isEmpty();
        assertThat(new ScaleMapping(MOODLE).problems("/frameworks/0/scale")).isEmpty();
    }

    @Test
    void shouldPointAtWhatMakesAScaleUnusable() {
        var bad = new Bundle.Scale(
                "bad", 1.0, 3.0, List.of(step(2, 2), step(2, 3), step(4, 1), new Bundle.ScaleStep(null, "high", 5)));

        assertThat(new ScaleMapping(bad).problems("/s"))
                .extracting(ScaleProblem::pointer)
                .containsExactlyInAnyOrder(
                        "/s/mapping/1/from", "/s/mapping/2/level", "/s/mapping/3", "/s/mapping/0/from", "/s/max");
    }

    @Test
    void shouldRefuseANamedValueMappedTwice() {
        var twice = new Bundle.Scale(
                "twice", null, null, List.of(new Bundle.ScaleStep(null, "ok", 2), new Bundle.ScaleStep(null, "ok", 3)));

        assertThat(new ScaleMapping(twice).problems("/s"))
                .extracting(ScaleProblem::pointer)
                .containsExactly("/s/mapping/1/value");
    }

    private static Bundle.ScaleStep step(double from, int level) {
        return new Bundle.ScaleStep(from, null, level);
    }
}
