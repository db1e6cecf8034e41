package org.skillgraph.engine.neo4j;

import java.net.URI;
import java.nio.file.Path;
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
 * @param trustedCertificate a PEM file of the certificate(s) that sign the server's TLS certificate, trusted
 *     instead of the system's certificate authorities; {@code null} for those; only with a {@code +s} URI
 */
public record Neo4jSettings(
        URI uri, String user, String password, String database, Duration queryTimeout, Path trustedCertificate) {

    public static final String DEFAULT_DATABASE = "neo4j";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);

    public Neo4jSettings {
        Objects.requireNonNull(uri, "uri");
        database = database == null || database.isBlank() ? DEFAULT_DATABASE : database;
        queryTimeout = queryTimeout == null ? DEFAULT_QUERY_TIMEOUT : queryTimeout;
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("queryTimeout must be positive, was " + queryTimeout);
        }
        if (trustedCertificate != null && !DriverTrust.isSecureScheme(uri)) {
            throw new IllegalArgumentException(
                    "a trusted certificate needs a bolt+s:// or neo4j+s:// URI, was " + uri.getScheme() + "://");
        }
    }

    /** Settings that trust the system's certificate authorities (the usual case, and Aura's). */
    public Neo4jSettings(URI uri, String user, String password, String database, Duration queryTimeout) {
        this(uri, user, password, database, queryTimeout, null);
    }

    /** These settings, trusting the certificate(s) in {@code pemFile} for TLS instead of the system's. */
    public Neo4jSettings trusting(Path pemFile) {
        return new Neo4jSettings(uri, user, password, database, queryTimeout, pemFile);
    }

    public static Neo4jSettings unauthenticated(URI uri) {
        return new Neo4jSettings(uri, null, null, DEFAULT_DATABASE, DEFAULT_QUERY_TIMEOUT);
    }

    @Override
    public String toString() {
        // Never print the password.
        return "Neo4jSettings[uri=" + uri + ", user=" + user + ", database=" + database + ", queryTimeout="
                + queryTimeout + ", trustedCertificate=" + trustedCertificate + "]";
    }
}
