package org.skillgraph.api.cli;

import java.util.concurrent.Callable;
import org.skillgraph.engine.access.AccessRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgraph token create|list|revoke}: manages API tokens straight in the graph. With the embedded
 * store this needs the server stopped (the store is opened by one process at a time); against a Neo4j server
 * it works at any time, and a running server honours a revocation within half a minute. While a server
 * runs, an admin can use {@code POST /api/v1/tokens} instead.
 */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = "Create, list or revoke API tokens.",
        subcommands = {TokenCommand.Create.class, TokenCommand.ListTokens.class, TokenCommand.Revoke.class})
final class TokenCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("Name a subcommand: create, list or revoke (see --help)");
        return 2;
    }

    @Command(
            name = "create",
            mixinStandardHelpOptions = true,
            description = "Create a token and print its secret once.")
    static final class Create implements Callable<Integer> {

        @Mixin
        Neo4jOptions neo4j;

        @Option(
                names = "--role",
                required = true,
                description = "admin, designer, coordinator, reader or learner.",
                converter = RoleConverter.class)
        AccessRole role;

        @Option(names = "--person", description = "The person a learner token stands for.")
        String person;

        @Option(names = "--label", description = "What the token is for.")
        String label;

        @Override
        public Integer call() {
            try (var skillgraph = neo4j.open()) {
                var issued = skillgraph.services().security().tokens().issue(role, person, label);
                System.out.println("Token " + issued.token().id() + " (" + role.wireName()
                        + (person == null ? "" : ", person " + person) + ")");
                System.out.println(issued.secret());
                System.err.println("The secret is shown only now; only its hash is stored.");
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List tokens (never their secrets).")
    static final class ListTokens implements Callable<Integer> {

        @Mixin
        Neo4jOptions neo4j;

        @Override
        public Integer call() {
            try (var skillgraph = neo4j.open()) {
                for (var t : skillgraph.services().security().tokens().list()) {
                    System.out.printf(
                            "%s\t%s\t%s\t%s\t%s%n",
                            t.id(),
                            t.role().wireName(),
                            t.personId() == null ? "-" : t.personId(),
                            t.revoked() ? "revoked " + t.revokedAt() : "active",
                            t.label() == null ? "" : t.label());
                }
                return 0;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a token by its id.")
    static final class Revoke implements Callable<Integer> {

        @Mixin
        Neo4jOptions neo4j;

        @Parameters(paramLabel = "ID", description = "The token id (tok-…), as create and list show it.")
        String id;

        @Override
        public Integer call() {
            try (var skillgraph = neo4j.open()) {
                var token = skillgraph.services().security().tokens().revoke(id);
                System.out.println("Revoked " + token.id() + " at " + token.revokedAt());
                return 0;
            }
        }
    }

    static final class RoleConverter implements picocli.CommandLine.ITypeConverter<AccessRole> {
        @Override
        public AccessRole convert(String value) {
            return AccessRole.fromWire(value)
                    .orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
                            "'" + value + "' is not a role: admin, designer, coordinator, reader or learner"));
        }
    }
}
