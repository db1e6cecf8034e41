package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ServeCommandTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        var command = new CommandLine(new ServeCommand());
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    @Test
    void shouldKeepAuditEventsForAYearByDefault() {
        var serve = new ServeCommand();
        new CommandLine(serve).parseArgs();

        assertThat(serve.auditRetentionDays).isEqualTo(365);
    }

    @Test
    void shouldLimitFailedAuthenticationsPerAddressByDefaultAndReadTheLimits() {
        var defaults = new ServeCommand();
        new CommandLine(defaults).parseArgs();
        var tuned = new ServeCommand();
        new CommandLine(tuned).parseArgs("--failed-auth-limit", "6", "--failed-auth-burst", "4");

        assertThat(defaults.failedAuthPerMinute).isEqualTo(30);
        assertThat(defaults.failedAuthBurst).isEqualTo(20);
        assertThat(tuned.failedAuthPerMinute).isEqualTo(6);
        assertThat(tuned.failedAuthBurst).isEqualTo(4);
    }

    @Test
    void shouldReadTheAuditRetention() {
        var serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--audit-retention-days", "0");

        assertThat(serve.auditRetentionDays).isZero();
    }

    @Test
    void shouldRefuseANegativeAuditRetentionAsAUsageErrorNamingTheOption() {
        int code = run("--audit-retention-days", "-1");

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--audit-retention-days").contains("-1");
    }

    @Test
    void shouldRefuseAnAuditRetentionThatIsNotANumberAsAUsageErrorNamingTheOption() {
        int code = run("--audit-retention-days", "a year");

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--audit-retention-days").contains("a year");
    }

    @Test
    void shouldRefuseToServeADataDirectoryAnotherServerHoldsInOneLine(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir) {
        org.skillgraph.api.cli.remote.ServerFile.ofThisProcess("127.0.0.1", 8123)
                .write(dataDir);
        var command = Main.commandLine();
        command.setErr(new PrintWriter(err, true));

        int code = command.execute("serve", "--data-dir", dataDir.toString(), "--port", "0");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().lines())
                .singleElement()
                .asString()
                .contains("http://127.0.0.1:8123")
                .endsWith("it already serves this data directory");
    }
}
