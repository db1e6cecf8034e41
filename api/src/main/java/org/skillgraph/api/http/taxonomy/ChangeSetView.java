package org.skillgraph.api.http.taxonomy;

import java.util.List;
import org.skillgraph.engine.paging.Page;
import org.skillgraph.engine.taxonomy.ChangeEntry;
import org.skillgraph.engine.taxonomy.ChangeSet;

/**
 * One change set for review: its header and impact, a page of its entries, and (for admins only) a sample of
 * the people it affects.
 */
record ChangeSetView(ChangeSet changeSet, List<String> peopleSample, List<ChangeEntry> items, String nextCursor) {

    static ChangeSetView of(ChangeSet cs, List<String> people, Page<ChangeEntry> entries) {
        return new ChangeSetView(cs, people, entries.items(), entries.nextCursor());
    }
}
