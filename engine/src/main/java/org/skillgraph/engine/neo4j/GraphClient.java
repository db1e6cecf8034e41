package org.skillgraph.engine.neo4j;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The engine's one path to Neo4j: the official driver over Bolt, transaction functions
 * ({@code executeRead} / {@code executeWrite}, so a routing driver sends reads to secondaries), a
 * named database, a timeout on every transaction, and one bookmark manager so that a read after a write
 * sees it, also on a cluster. Driver errors leave this class only as engine exceptions.
 */
public final class GraphClient implements AutoCloseable {

    private final Driver driver;
    private final Neo4jSettings settings;
    private final BookmarkManager bookmarks;
    private final TransactionConfig readConfig;
    private final TransactionConfig writeConfig;
    private final QueryConfig readOneConfig;

    private GraphClient(Driver driver, Neo4jSettings settings) {
        this.driver = driver;
        this.settings = settings;
        this.bookmarks =
                BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
        this.readConfig = config("read");
        this.writeConfig = config("write");
        this.readOneConfig = QueryConfig.builder()
                .withRouting(RoutingControl.READ)
                .withDatabase(settings.database())
                .withBookmarkManager(bookmarks)
                .withTimeout(settings.queryTimeout())
                .withMetadata(Map.of("app", "skillgraph", "kind", "read"))
                .build();
    }

    /** Connects to the Neo4j described by {@code settings}; fails fast neither on start nor on outage. */
    public static GraphClient connect(Neo4jSettings settings) {
        var auth = settings.user() == null ? AuthTokens.none() : AuthTokens.basic(settings.user(), settings.password());
        var config = Config.builder()
                .withConnectionTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                // Retries of transaction functions are bounded so an outage becomes a prompt 503.
                .withMaxTransactionRetryTime(3, java.util.concurrent.TimeUnit.SECONDS)
                .withUserAgent("skillgraph")
                .build();
        return new GraphClient(GraphDatabase.driver(settings.uri(), auth, config), settings);
    }

    /** Wraps an existing driver (tests, or a composition root that owns the driver). */
    public static GraphClient wrap(Driver driver, Neo4jSettings settings) {
        return new GraphClient(driver, settings);
    }

    /** Runs {@code work} in a read transaction (retried on transient failures). */
    public <T> T read(Function<TransactionContext, T> work) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeRead(work::apply, readConfig);
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e);
        }
    }

    /**
     * Runs one read statement that answers exactly one row and maps that row inside the transaction. Same
     * retries, routing to readers, bookmarks, database and timeout as {@link #read}, but the driver pipelines
     * BEGIN with the statement: two network round trips instead of three, for the per-request hot path.
     *
     * @throws IllegalStateException when the statement answers no row or several
     */
    public <T> T readSingle(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
        try {
            return driver.executableQuery(cypher)
                    .withParameters(parameters)
                    .withConfig(readOneConfig)
                    .execute(Collectors.mapping(row, Collectors.toList()), (keys, rows, summary) -> {
                        if (rows.size() != 1) {
                            throw new IllegalStateException("Expected one row, got " + rows.size());
                        }
                        return rows.get(0);
                    });
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e);
        }
    }

    /** Runs {@code work} in a write transaction (retried on transient failures). */
    public <T> T write(Function<TransactionContext, T> work) {
        try (var session = driver.session(sessionConfig())) {
            return session.executeWrite(work::apply, writeConfig);
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e);
        }
    }

    /** Like {@link #write} with another timeout, for long imports. */
    public <T> T write(Function<TransactionContext, T> work, Duration timeout) {
        var config = TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of("app", "skillgraph", "kind", "write"))
                .build();
        try (var session = driver.session(sessionConfig())) {
            return session.executeWrite(work::apply, config);
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e);
        }
    }

    /** Session settings that share this client's bookmarks (for importers that open their own sessions). */
    public SessionConfig sessionConfig() {
        return SessionConfig.builder()
                .withDatabase(settings.database())
                .withBookmarkManager(bookmarks)
                .build();
    }

    /** The underlying driver, for collaborators in other modules that speak to Neo4j themselves. */
    public Driver driver() {
        return driver;
    }

    public Neo4jSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        driver.close();
    }

    private TransactionConfig config(String kind) {
        return TransactionConfig.builder()
                .withTimeout(settings.queryTimeout())
                .withMetadata(Map.of("app", "skillgraph", "kind", kind))
                .build();
    }
}
