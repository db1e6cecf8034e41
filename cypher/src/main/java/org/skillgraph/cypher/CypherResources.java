package org.skillgraph.cypher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the {@code .cypher} resources that sit beside this class. Each file opens with a comment
 * (purpose, parameters, cardinality) which is kept: Neo4j ignores it and it documents query logs.
 */
public final class CypherResources {

    private static final String BASE = "/org/skillgraph/cypher/";
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherResources() {}

    /** The statement in {@code name} (relative to the resource folder, without {@code .cypher}). */
    public static String statement(String name) {
        return CACHE.computeIfAbsent(name, CypherResources::read);
    }

    /**
     * A file holding several statements separated by {@code ;} at line ends; comment lines are dropped.
     */
    public static List<String> statements(String name) {
        var statements = new ArrayList<String>();
        var current = new StringBuilder();
        for (var line : statement(name).split("\n", -1)) {
            var trimmed = line.strip();
            if (trimmed.startsWith("//") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append(' ');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return List.copyOf(statements);
    }

    private static String read(String name) {
        var path = BASE + name + ".cypher";
        try (InputStream in = CypherResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No Cypher resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Cypher resource " + path, e);
        }
    }
}
