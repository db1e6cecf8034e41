package org.skillgraph.engine.taxonomy;

import java.util.List;
import java.util.Objects;

/**
 * One change a new framework version makes, in a form that both a designer reads and the apply step writes.
 *
 * @param seq the entry's position in its change set (paging key)
 * @param kind one of {@link Kind}'s wire names
 * @param id the skill or role changed
 * @param label its name or title (the new one where it changes)
 * @param before the stored values (a name, a description, broader ids, {@code skill@level} prerequisites or
 *     {@code skill@level@importance@essential} needs)
 * @param after the version's values, in the same form
 * @param suggestion for a removed skill, the added skill whose label matches best, to confirm as successor
 * @param similarity the label similarity of that suggestion (Jaro-Winkler, 0–1)
 */
public record ChangeEntry(
        int seq,
        String kind,
        String id,
        String label,
        List<String> before,
        List<String> after,
        String suggestion,
        Double similarity) {

    public ChangeEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** The kinds of change, in the order a change set lists them and the apply step writes them. */
    public enum Kind {
        SKILL_ADDED("skill-added"),
        SKILL_RENAMED("skill-renamed"),
        DESCRIPTION_CHANGED("description-changed"),
        SKILL_MOVED("skill-moved"),
        PREREQUISITES_CHANGED("prerequisites-changed"),
        ROLE_ADDED("role-added"),
        ROLE_PROFILE_CHANGED("role-profile-changed"),
        ROLE_REMOVED("role-removed"),
        SKILL_REMOVED("skill-removed");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        public String wireName() {
            return wire;
        }
    }
}
