package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.budget.PlanningBudget;
import picocli.CommandLine;

class PlanningOptionsTest {

    @Test
    void shouldDefaultToTheDocumentedBudget() {
        var serve = new ServeCommand();
        new CommandLine(serve).parseArgs();

        assertThat(serve.planning.budget()).isEqualTo(PlanningBudget.defaults());
    }

    @Test
    void shouldReadEveryLimit() {
        var serve = new ServeCommand();
        new CommandLine(serve)
                .parseArgs(
                        "--plan-max-targets", "50",
                        "--plan-search-nodes", "100",
                        "--plan-work", "2000",
                        "--plan-time-limit-ms", "750");

        assertThat(serve.planning.budget()).isEqualTo(new PlanningBudget(50, 100, 2_000, Duration.ofMillis(750)));
    }

    @Test
    void shouldRefuseAZeroCapAsAUsageErrorNamingTheOption() {
        var err = new StringWriter();
        var command = new CommandLine(new ServeCommand());
        command.setErr(new PrintWriter(err, true));

        int code = command.execute("--plan-max-targets", "0");

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--plan-max-targets must be at least 1, was 0");
    }
}
