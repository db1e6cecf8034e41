package org.skillgraph.engine.neighbourhood;

import java.util.Set;
import java.util.TreeSet;

/** The relationship types of the graph model: the fixed set a caller may filter a neighbourhood by. */
public final class RelationshipTypes {

    /** The curriculum: taxonomy, prerequisites, profiles, moves, modules, badges. The default filter. */
    public static final Set<String> CURRICULUM = Set.of(
            "IN_TOPIC", "BROADER", "REQUIRES", "RELATED", "NEEDS", "LEADS_TO", "TEACHES", "ASSUMES", "CERTIFIES");

    /** Relationships of people: walked only when asked for by name. */
    public static final Set<String> PEOPLE = Set.of(
            "HOLDS", "IN_ROLE", "TARGETS", "REPORTS_TO", "COMPLETED", "ENROLLED", "COACHES", "MEMBER_OF", "EARNED");

    /** Every type of the model. */
    public static final Set<String> ALL = union();

    private RelationshipTypes() {}

    private static Set<String> union() {
        var all = new TreeSet<>(CURRICULUM);
        all.addAll(PEOPLE);
        return Set.copyOf(all);
    }
}
