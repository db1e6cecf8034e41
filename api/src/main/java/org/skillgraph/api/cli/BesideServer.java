package org.skillgraph.api.cli;

import java.util.Optional;
import org.skillgraph.api.cli.remote.ServerClient;
import org.skillgraph.api.cli.remote.ServerFile;
import org.skillgraph.api.http.Json;
import picocli.CommandLine.Option;

/**
 * A server may already hold the embedded store under {@code --data-dir} (Neo4j opens a store in one process
 * at a time). Then the command works through the server's API, with an admin token; without one it says in
 * one line what to do instead of failing on the store's lock.
 */
final class BesideServer {

    @Option(
            names = "--token",
            defaultValue = "${env:SKILLGRAPH_TOKEN}",
            description = "Admin token, used when a server already runs on --data-dir: the command then works"
                    + " through its API. Env: SKILLGRAPH_TOKEN.")
    String token;

    /** The server holding the store, to work through; empty when the command may open the store itself. */
    Optional<ServerClient> client(Neo4jOptions neo4j, String what) {
        if (neo4j.uri != null) {
            return Optional.empty(); // A Neo4j server takes any number of clients.
        }
        var server = ServerFile.live(neo4j.dataDir);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        if (token == null || token.isBlank()) {
            throw new CliRefusal(running(server.get(), neo4j) + ": to " + what
                    + " through it, pass an admin token with --token or SKILLGRAPH_TOKEN, or stop the server first");
        }
        return Optional.of(new ServerClient(server.get().baseUri(), token.strip(), Json.mapper()));
    }

    /** Refuses when a server holds the store, for commands that only run on the store itself. */
    static void requireNoServer(Neo4jOptions neo4j, String instead) {
        if (neo4j.uri == null) {
            ServerFile.live(neo4j.dataDir).ifPresent(server -> {
                throw new CliRefusal(running(server, neo4j) + ": " + instead);
            });
        }
    }

    private static String running(ServerFile server, Neo4jOptions neo4j) {
        return "A skillgraph server (pid " + server.pid() + ", " + server.baseUri() + ") holds the store in "
                + neo4j.dataDir;
    }
}
