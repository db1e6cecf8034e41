package org.skillgraph.engine.neo4j;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach Neo4j. Built once in the composition root from the command line and environment.
 *
 * @param uri {@code bolt://}, {@code neo4j://} (routing, for clusters and Aura) or a {@code +s} variant
 * @param user user name, {@code null} when the server runs without authentication
 * @param password password, {@code null} when the server runs without authentication
 * @param database the named database every session uses
 * @param queryTimeout upper bound for any one transaction
 */
public record Neo4jSettings(URI uri, String user, String password, String database, Duration queryTimeout) {

    public static final String DEFAULT_DATABASE = "neo4j";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    public Neo4jSettings {
        Objects.requireNonNull(uri, "uri");
        database = database == null || database.isBlank() ? DEFAULT_DATABASE : database;
        queryTimeout = queryTimeout == null ? DEFAULT_QUERY_TIMEOUT : queryTimeout;
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("queryTimeout must be positive, was " + queryTimeout);
        }
    }

    public static Neo4jSettings unauthenticated(URI uri) {
        return new Neo4jSettings(uri, null, null, DEFAULT_DATABASE, DEFAULT_QUERY_TIMEOUT);
    }

    @Override
    public String toString() {
        // Never print the password.
        return "Neo4jSettings[uri=" + uri + ", user=" + user + ", database=" + database + ", queryTimeout="
                + queryTimeout + "]";
    }
}
