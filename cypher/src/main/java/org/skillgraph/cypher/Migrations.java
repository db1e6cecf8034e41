package org.skillgraph.cypher;

import java.util.List;

/**
 * The ordered data migrations of the graph, each a {@code migration/NNN-name.cypher} resource whose
 * statements run in one transaction. A store records the last one it ran as {@code Meta.schemaVersion};
 * statements must be idempotent all the same, so a migration interrupted before its commit can run again.
 */
public final class Migrations {

    /** One migration: its number (1, 2, …), its resource name and its statements in order. */
    public record Migration(int version, String name, List<String> statements) {
        public Migration {
            statements = List.copyOf(statements);
        }
    }

    private static final List<String> NAMES = List.of("001-frameworks", "002-person-facts");

    private Migrations() {}

    /** Every migration, oldest first; the n-th has version n. */
    public static List<Migration> all() {
        return java.util.stream.IntStream.range(0, NAMES.size())
                .mapToObj(i ->
                        new Migration(i + 1, NAMES.get(i), CypherResources.statements("migration/" + NAMES.get(i))))
                .toList();
    }

    /** Locks {@code Meta} and returns {@code schemaVersion}; see the resource. */
    public static String lock() {
        return CypherResources.statement("write/migration-lock");
    }

    /** Records {@code $schemaVersion}, bumping {@code Meta.version} when {@code $changed}. */
    public static String done() {
        return CypherResources.statement("write/migration-done");
    }
}
