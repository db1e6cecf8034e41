package org.skillgraph.cypher;

import java.util.List;

/**
 * The graph schema: a uniqueness constraint on {@code id} for every label, the full-text index over
 * skill names and aliases, and the range indexes the queries use. Every statement is idempotent
 * ({@code IF NOT EXISTS}) and must run in its own transaction.
 */
public final class Schema {

    /** Every node label of the canonical model. */
    public static final List<String> LABELS =
            List.of("Skill", "Topic", "Role", "Module", "Person", "Cohort", "Badge", "Meta", "Evidence", "Segment");

    /** Name of the full-text index over {@code Skill.name} and {@code Skill.aliases}. */
    public static final String SKILL_SEARCH_INDEX = "skill_search";

    private Schema() {}

    /** The schema statements, in the order they are applied. */
    public static List<String> statements() {
        return CypherResources.statements("schema/schema");
    }

    /** Checks that every constraint and index of {@link #statements()} is online; returns a count. */
    public static CypherQuery onlineCheck() {
        return CypherQuery.of(CypherResources.statement("schema/online-check"));
    }
}
