package org.skillgraph.engine.neo4j;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Bookmark;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.RetryableException;

/**
 * The engine's one path to Neo4j: the official driver over Bolt, transaction functions
 * ({@code executeRead} / {@code executeWrite}, so a routing driver sends reads to secondaries), a
 * named database, a timeout on every transaction, and one bookmark manager so that a read after a write
 * sees it, also on a cluster. Writes nobody reads back on the request path go through a {@link
 * #separateChain()} so that they do not hold those reads back. Driver errors leave this class only as engine
 * exceptions.
 */
public final class GraphClient implements AutoCloseable {

    private final Driver driver;
    private final Neo4jSettings settings;
    private final BookmarkManager bookmarks;
    private final TransactionConfig readConfig;
    private final TransactionConfig writeConfig;
    private final SessionConfig readSessionConfig;
    private final boolean ownsDriver;
    private volatile Runnable peopleWritten = () -> {};

    private GraphClient(Driver driver, Neo4jSettings settings, boolean ownsDriver) {
        this.driver = driver;
        this.settings = settings;
        this.ownsDriver = ownsDriver;
        this.bookmarks =
                BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
        this.readConfig = config("read");
        this.writeConfig = config("write");
        this.readSessionConfig = SessionConfig.builder()
                .withDatabase(settings.database())
                .withBookmarkManager(bookmarks)
                .withDefaultAccessMode(AccessMode.READ)
                .build();
    }

    /** Connects to the Neo4j described by {@code settings}; fails fast neither on start nor on outage. */
    public static GraphClient connect(Neo4jSettings settings) {
        var auth = settings.user() == null ? AuthTokens.none() : AuthTokens.basic(settings.user(), settings.password());
        var config = DriverTrust.apply(Config.builder(), settings)
                .withConnectionTimeout(5, java.util.concurrent.TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                // Retries of transaction functions are bounded so an outage becomes a prompt 503.
                .withMaxTransactionRetryTime(3, java.util.concurrent.TimeUnit.SECONDS)
                .withUserAgent("skillgraph")
                .build();
        return new GraphClient(GraphDatabase.driver(DriverTrust.driverUri(settings), auth, config), settings, true);
    }

    /** Wraps an existing driver (tests, or a composition root that owns the driver). */
    public static GraphClient wrap(Driver driver, Neo4jSettings settings) {
        return new GraphClient(driver, settings, true);
    }

    /**
     * A client over the same driver, database, routing and timeouts, with a bookmark manager of its own: a
     * causal chain beside this client's. Its writes do not enter this client's bookmarks, so this client's
     * later reads do not wait for a reader to apply them; its own reads wait for its own writes only. On a
     * cluster every write a node makes through the shared chain makes that node's next reads wait until
     * their reader has replicated it, so data that the request path never reads back (the audit trail)
     * belongs on a separate chain. Closing the separate client leaves the driver open.
     */
    public GraphClient separateChain() {
        return new GraphClient(driver, settings, false);
    }

    /** The bookmarks this client's next transaction waits for (a copy, for tests and diagnostics). */
    public Set<Bookmark> bookmarks() {
        return Set.copyOf(bookmarks.getBookmarks());
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
     * Runs one read statement and maps its rows, in one network round trip: an auto-commit transaction, whose
     * RUN and PULL the driver sends together (a transaction function adds BEGIN and COMMIT). Same routing to
     * readers, bookmarks, database, timeout and metadata as {@link #read}. The driver does not retry an
     * auto-commit statement, so a retryable failure (a dropped connection, a leader switch, a transient error)
     * runs the statement again as a transaction function, which the driver retries for up to three seconds.
     * For a statement that must see the same snapshot as another one, use {@link #read}.
     */
    public <T> List<T> readRows(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
        var query = new Query(cypher, parameters);
        try (var session = driver.session(readSessionConfig)) {
            return session.run(query, readConfig).list(row::apply);
        } catch (Neo4jException e) {
            if (e instanceof RetryableException) {
                return read(tx -> tx.run(query).list(row::apply));
            }
            throw Neo4jErrors.translate(e);
        }
    }

    /**
     * {@link #readRows} for a statement that answers exactly one row.
     *
     * @throws IllegalStateException when the statement answers no row or several
     */
    public <T> T readSingle(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
        var rows = readRows(cypher, parameters, row);
        if (rows.size() != 1) {
            throw new IllegalStateException("Expected one row, got " + rows.size());
        }
        return rows.get(0);
    }

    /**
     * {@link #readRows} for a statement that answers at most one row (a lookup by id).
     *
     * @throws IllegalStateException when the statement answers several rows
     */
    public <T> Optional<T> readOptional(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
        var rows = readRows(cypher, parameters, row);
        if (rows.size() > 1) {
            throw new IllegalStateException("Expected at most one row, got " + rows.size());
        }
        return rows.stream().findFirst();
    }

    /** Runs {@code work} in a write transaction (retried on transient failures). */
    public <T> T write(Function<TransactionContext, T> work) {
        return write(work, writeConfig);
    }

    /** Like {@link #write} with another timeout, for long imports. */
    public <T> T write(Function<TransactionContext, T> work, Duration timeout) {
        var config = TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of("app", "skillgraph", "kind", "write"))
                .build();
        return write(work, config);
    }

    /**
     * Runs {@code work} and, before the commit, appends the people it noted in {@link PendingChanges} to the change
     * feed; after a commit that appended, tells the listener (the node's feed catches up at once).
     */
    private <T> T write(Function<TransactionContext, T> work, TransactionConfig config) {
        var appended = new boolean[1];
        T result;
        try (var session = driver.session(sessionConfig())) {
            result = session.executeWrite(
                    tx -> {
                        var outer = PendingChanges.begin();
                        try {
                            var value = work.apply(tx);
                            appended[0] = PendingChanges.flush(tx);
                            return value;
                        } finally {
                            PendingChanges.end(outer);
                        }
                    },
                    config);
        } catch (Neo4jException e) {
            throw Neo4jErrors.translate(e);
        }
        if (appended[0]) {
            peopleWritten.run();
        }
        return result;
    }

    /**
     * Runs {@code listener} after each write transaction that noted changes in {@link PendingChanges} (people or a
     * curriculum bump); one listener at most.
     */
    public void onPeopleWritten(Runnable listener) {
        this.peopleWritten = listener;
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
        if (ownsDriver) {
            driver.close();
        }
    }

    private TransactionConfig config(String kind) {
        return TransactionConfig.builder()
                .withTimeout(settings.queryTimeout())
                .withMetadata(Map.of("app", "skillgraph", "kind", kind))
                .build();
    }
}
