package org.skillgraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillgraph.api.remote.SelfSignedCertificate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

class Neo4jOptionsTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    /** The options as {@code serve} mixes them in; calling it only builds the settings, it connects nowhere. */
    @Command(name = "probe")
    static final class Probe implements Callable<Integer> {

        @Mixin
        Neo4jOptions neo4j;

        @Override
        public Integer call() {
            return neo4j.external().isPresent() ? 0 : 3;
        }
    }

    private int run(String... args) {
        var command = new CommandLine(new Probe());
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    private String certificate() {
        return SelfSignedCertificate.createIn(dir).certificate().toString();
    }

    @Test
    void shouldTrustAPemCertificateForATlsUri() {
        var probe = new Probe();
        var pem = certificate();
        new CommandLine(probe).parseArgs("--neo4j-uri", "neo4j+s://db.example:7687", "--neo4j-trust-cert", pem);

        var settings = probe.neo4j.external().orElseThrow();

        assertThat(settings.trustedCertificate()).isEqualTo(Path.of(pem).toAbsolutePath());
        assertThat(settings.uri()).hasToString("neo4j+s://db.example:7687");
    }

    @Test
    void shouldRefuseAMissingCertificateFileAsAUsageErrorNamingTheOption() {
        int code = run(
                "--neo4j-uri",
                "bolt+s://db.example:7687",
                "--neo4j-trust-cert",
                dir.resolve("none.pem").toString());

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString())
                .contains("--neo4j-trust-cert")
                .contains("none.pem")
                .contains("not a readable file");
    }

    @Test
    void shouldRefuseAFileThatHoldsNoCertificate() throws IOException {
        var notPem = Files.writeString(dir.resolve("notes.txt"), "not a certificate\n");

        int code = run("--neo4j-uri", "bolt+s://db.example:7687", "--neo4j-trust-cert", notPem.toString());

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--neo4j-trust-cert").contains("notes.txt");
    }

    @Test
    void shouldRefuseATrustedCertificateForAUriWithoutTls() {
        int code = run("--neo4j-uri", "bolt://db.example:7687", "--neo4j-trust-cert", certificate());

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString())
                .contains("--neo4j-trust-cert needs a bolt+s:// or neo4j+s://")
                .contains("bolt://");
    }

    @Test
    void shouldRefuseATrustedCertificateWithoutAnExternalNeo4j() {
        int code = run("--neo4j-trust-cert", certificate());

        assertThat(code).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--neo4j-trust-cert needs --neo4j-uri");
    }
}
