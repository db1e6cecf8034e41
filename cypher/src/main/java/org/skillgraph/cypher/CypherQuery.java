package org.skillgraph.cypher;

import java.util.Map;
import java.util.Objects;

/**
 * A Cypher statement and its parameters: a value, nothing runs it. The engine hands it to the driver.
 *
 * @param text the statement, never built from user input
 * @param parameters the values bound to the statement's {@code $parameters}
 */
public record CypherQuery(String text, Map<String, Object> parameters) {

    public CypherQuery {
        Objects.requireNonNull(text, "text");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public static CypherQuery of(String text) {
        return new CypherQuery(text, Map.of());
    }

    /** The same statement with other parameter values. */
    public CypherQuery with(Map<String, Object> newParameters) {
        return new CypherQuery(text, newParameters);
    }
}
