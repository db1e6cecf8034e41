package org.skillgraph.api.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.skillgraph.api.app.Skillgraph;
import org.skillgraph.api.cli.remote.ServerClient;
import org.skillgraph.engine.access.AccessRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code skillgraph token create|list|revoke}: manages API tokens straight in the graph, or, while a server
 * holds the embedded store, through its API with an admin token ({@code --token} or {@code SKILLGRAPH_TOKEN};
 * the first one is printed when the server first starts). Against a Neo4j server it works at any time, and a
 * running server honours a revocation within half a minute.
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Create, list or revoke API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(
                spec.commandLine(), "Name a subcommand: create, list or revoke");
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a token and print its secret once.")
    static final class Create implements Callable<Integer> {

        @Mixin
        Neo4jOptions neo4j;

        @Mixin
        BesideServer server;

        @Option(
                names = "--role",
                required = true,
                description =
                        "admin, designer, coordinator, reader, learner or connector (xAPI, sent as HTTP Basic: token id and token).",
                converter = RoleConverter.class)
        AccessRole role;

        @Option(names = "--person", description = "The person a learner token stands for.")
        String person;

        @Option(names = "--label", description = "What the token is for.")
        String label;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var remote = server.client(neo4j, "create a token");
            String id;
            String secret;
            if (remote.isPresent()) {
                var body = new LinkedHashMap<String, Object>();
                body.put("role", role.wireName());
                body.put("personId", person);
                body.put("label", label);
                var client = remote.get();
                var answer = client.post("/api/v1/tokens", client.bytes(body));
                id = answer.path("token").path("id").asText();
                secret = answer.path("secret").asText();
            } else {
                try (var skillgraph = neo4j.open()) {
                    var issued = skillgraph.services().security().tokens().issue(role, person, label);
                    id = issued.token().id();
                    secret = issued.secret();
                }
            }
            out.println("Token " + id + " (" + role.wireName() + (person == null ? "" : ", person " + person) + ")");
            out.println(secret);
            out.flush();
            spec.commandLine().getErr().println("The secret is shown only now; only its hash is stored.");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {

        @Mixin
        Neo4jOptions neo4j;

        @Mixin
        BesideServer server;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            var remote = server.client(neo4j, "list tokens");
            if (remote.isPresent()) {
                remote.get()
                        .get("/api/v1/tokens")
                        .path("items")
                        .forEach(t -> row(
                                out,
                                t.path("id").asText(),
                                t.path("role").asText(),
                                t.path("personId").asText(null),
                                t.path("revokedAt").asText(null),
                                t.path("label").asText(null)));
            } else {
                listOnStore(out);
            }
            out.flush();
            return 0;
        }

        private void listOnStore(PrintWriter out) {
            try (Skillgraph skillgraph = neo4j.open()) {
                for (var t : skillgraph.services().security().tokens().list()) {
                    row(
                            out,
                            t.id(),
                            t.role().wireName(),
                            t.personId(),
                            t.revoked() ? String.valueOf(t.revokedAt()) : null,
                            t.label());
                }
            }
        }

        private static void row(
                PrintWriter out, String id, String role, String person, String revokedAt, String label) {
            out.printf(
                    "%s\t%s\t%s\t%s\t%s%n",
                    id,
                    role,
                    person == null ? "-" : person,
                    revokedAt == null ? "active" : "revoked " + revokedAt,
                    label == null ? "" : label);
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke implements Callable<Integer> {

        @Mixin
        Neo4jOptions neo4j;

        @Mixin
        BesideServer server;

        @Parameters(paramLabel = "ID", description = "The token id (tok-…), as create and list show it.")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var remote = server.client(neo4j, "revoke a token");
            String revokedAt;
            if (remote.isPresent()) {
                revokedAt = remote.get()
                        .delete("/api/v1/tokens/" + ServerClient.segment(id))
                        .path("revokedAt")
                        .asText();
            } else {
                try (var skillgraph = neo4j.open()) {
                    revokedAt = String.valueOf(
                            skillgraph.services().security().tokens().revoke(id).revokedAt());
                }
            }
            spec.commandLine().getOut().println("Revoked " + id + " at " + revokedAt);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    static final class RoleConverter implements picocli.CommandLine.ITypeConverter<AccessRole> {
        @Override
        public AccessRole convert(String value) {
            return AccessRole.fromWire(value)
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException("'" + value
                            + "' is not a role: admin, designer, coordinator, reader, learner or connector"));
        }
    }
}
