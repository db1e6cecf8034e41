package org.skillgraph.engine.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;

/**
 * The people a write transaction changed, noted by the code that changes them and appended to the change feed by
 * {@link GraphClient#write} just before the transaction commits: one place every people-data write passes through,
 * and the feed's lock (the Meta node) is held only for the commit. A transaction function runs on the calling
 * thread, so the notes are kept per thread and dropped when the attempt ends (a retried attempt notes afresh).
 */
public final class PendingChanges {

    private static final ThreadLocal<TreeSet<String>> PEOPLE = new ThreadLocal<>();

    /** Not a person id: stands for a curriculum bump among the notes. */
    private static final String CURRICULUM_MARK = "";

    private PendingChanges() {}

    /** Notes that this thread's write transaction changes these people's data. */
    public static void people(Collection<String> ids) {
        var pending = PEOPLE.get();
        if (pending == null) {
            throw new IllegalStateException("People changes noted outside GraphClient.write");
        }
        pending.addAll(ids);
    }

    /**
     * Notes that this thread's write transaction bumped the curriculum version (whose statement appends its own
     * Change): nothing more to append, but the node's feed catches up after the commit.
     */
    public static void curriculum() {
        people(java.util.List.of(CURRICULUM_MARK));
    }

    /** Notes that this thread's write transaction changes one person's data. */
    public static void person(String id) {
        people(java.util.List.of(id));
    }

    /** Starts noting for a transaction; returns the notes of an enclosing one, for {@link #end}. */
    static TreeSet<String> begin() {
        var outer = PEOPLE.get();
        PEOPLE.set(new TreeSet<>());
        return outer;
    }

    /** Appends the noted people to the feed in {@code tx}; whether there were any. */
    static boolean flush(TransactionContext tx) {
        var pending = PEOPLE.get();
        if (pending == null || pending.isEmpty()) {
            return false;
        }
        var people = new ArrayList<>(pending);
        people.remove(CURRICULUM_MARK);
        if (!people.isEmpty()) {
            tx.run(CypherResources.statement("write/change-append"), Map.of("kind", "person", "ids", people))
                    .consume();
        }
        return true;
    }

    static void end(TreeSet<String> outer) {
        if (outer == null) {
            PEOPLE.remove();
        } else {
            PEOPLE.set(outer);
        }
    }
}
