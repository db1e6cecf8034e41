package org.skillgraph.api.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.skillgraph.api.app.EngineSettings;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import picocli.CommandLine.Option;

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

    Skillgraph open() {
        return open(EngineSettings.defaults());
    }

    Skillgraph open(EngineSettings settings) {
        if (uri != null) {
            return Skillgraph.external(
                    new Neo4jSettings(uri, user, password, database, Duration.ofSeconds(queryTimeoutSeconds)),
                    settings);
        }
        return Skillgraph.embedded(dataDir, boltPort, pageCacheMiB * 1024 * 1024, settings);
    }
}
