package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.coach.CoachingSettings;
import picocli.CommandLine;

class CoachingOptionsTest {

    private static CoachingOptions parse(String... args) {
        var options = new CoachingOptions();
        new CommandLine(options).parseArgs(args);
        return options;
    }

    @Test
    void shouldDefaultToTheDocumentedSettings() {
        assertThat(parse().settings()).isEqualTo(CoachingSettings.defaults());
    }

    @Test
    void shouldReadEveryOption() {
        var settings = parse(
                        "--coach-threshold",
                        "4",
                        "--coach-evidence-age",
                        "P12M",
                        "--coach-include-management-line",
                        "--coach-max-per-learner",
                        "3",
                        "--coach-pool-per-skill",
                        "10",
                        "--coach-weight",
                        "coverage=0.5",
                        "--coach-weight",
                        "load=0",
                        "--coach-source-weight",
                        "peer=0.9")
                .settings();

        assertThat(settings.threshold()).isEqualTo(4);
        assertThat(settings.maxEvidenceAge()).isEqualTo(Period.ofMonths(12));
        assertThat(settings.excludeManagementLine()).isFalse();
        assertThat(settings.maxCoachesPerLearner()).isEqualTo(3);
        assertThat(settings.poolPerSkill()).isEqualTo(10);
        assertThat(settings.weights().coverage()).isEqualTo(0.5);
        assertThat(settings.weights().load()).isZero();
        assertThat(settings.weights().surplus()).isEqualTo(0.10);
        assertThat(settings.sourceWeight("peer")).isEqualTo(0.9);
        assertThat(settings.sourceWeight("assessment")).isEqualTo(1.0);
    }

    @Test
    void shouldNameTheOptionThatIsWrong() {
        assertThatThrownBy(() -> parse("--coach-weight", "charisma=1").settings())
                .hasMessageContaining("--coach-weight")
                .hasMessageContaining("charisma")
                .hasMessageContaining("coverage");
        assertThatThrownBy(() -> parse("--coach-threshold", "9").settings()).hasMessageContaining("threshold");
        assertThatThrownBy(() -> parse("--coach-source-weight", "peer=2").settings())
                .hasMessageContaining("peer");
    }
}
