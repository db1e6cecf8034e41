package org.skillgraph.api.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.skillgraph.api.app.EngineSettings;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Where the graph lives: the embedded store under {@code --data-dir}, or an external Neo4j. */
final class Neo4jOptions {

    @Option(
            names = "--data-dir",
            defaultValue = "${env:SKILLGRAPH_DATA_DIR:-./data}",
            description = "Directory of the embedded Neo4j store (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(
            names = "--neo4j-uri",
            defaultValue = "${env:SKILLGRAPH_NEO4J_URI}",
            description = "Use this Neo4j 5.x server, cluster or Aura (bolt://, neo4j://, neo4j+s://) "
                    + "instead of the embedded one. Env: SKILLGRAPH_NEO4J_URI.")
    URI uri;

    @Option(
            names = "--neo4j-user",
            defaultValue = "${env:SKILLGRAPH_NEO4J_USER}",
            description = "User for --neo4j-uri. Env: SKILLGRAPH_NEO4J_USER.")
    String user;

    @Option(
            names = "--neo4j-password",
            defaultValue = "${env:SKILLGRAPH_NEO4J_PASSWORD}",
            description = "Password for --neo4j-uri; prefer the environment variable SKILLGRAPH_NEO4J_PASSWORD.")
    String password;

    @Option(
            names = "--neo4j-trust-cert",
            defaultValue = "${env:SKILLGRAPH_NEO4J_TRUST_CERT}",
            converter = CertificateFileConverter.class,
            paramLabel = "PEM",
            description = "Trust the certificate(s) in this PEM file, and not the system's authorities, for the TLS"
                    + " of a bolt+s:// or neo4j+s:// --neo4j-uri (a private CA or a self-signed server)."
                    + " Env: SKILLGRAPH_NEO4J_TRUST_CERT.")
    Path trustCert;

    @Option(
            names = "--neo4j-database",
            defaultValue = "${env:SKILLGRAPH_NEO4J_DATABASE:-neo4j}",
            description = "Database name (default: ${DEFAULT-VALUE}). Env: SKILLGRAPH_NEO4J_DATABASE.")
    String database;

    @Option(
            names = "--bolt-port",
            defaultValue = "0",
            description = "Bolt port of the embedded Neo4j on 127.0.0.1 (default: any free port).")
    int boltPort;

    @Option(
            names = "--page-cache",
            defaultValue = "512",
            description = "Page cache of the embedded Neo4j in MiB (default: ${DEFAULT-VALUE}).")
    long pageCacheMiB;

    @Option(
            names = "--query-timeout",
            defaultValue = "30",
            description = "Timeout of every Neo4j transaction in seconds (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Skillgraph open() {
        return open(EngineSettings.defaults());
    }

    Skillgraph open(EngineSettings settings) {
        return external()
                .map(neo4j -> Skillgraph.external(neo4j, settings))
                .orElseGet(() -> Skillgraph.embedded(dataDir, boltPort, pageCacheMiB * 1024 * 1024, settings));
    }

    /**
     * The settings of {@code --neo4j-uri}, empty for the embedded store; an inconsistent combination is a usage
     * error, raised before anything starts.
     */
    Optional<Neo4jSettings> external() {
        if (uri == null) {
            if (trustCert != null) {
                throw new ParameterException(command.commandLine(), "--neo4j-trust-cert needs --neo4j-uri");
            }
            return Optional.empty();
        }
        var scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (trustCert != null && !scheme.endsWith("+s")) {
            throw new ParameterException(
                    command.commandLine(),
                    "--neo4j-trust-cert needs a bolt+s:// or neo4j+s:// --neo4j-uri, was " + scheme + "://");
        }
        try {
            return Optional.of(new Neo4jSettings(
                    uri, user, password, database, Duration.ofSeconds(queryTimeoutSeconds), trustCert));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), e.getMessage(), e);
        }
    }
}
