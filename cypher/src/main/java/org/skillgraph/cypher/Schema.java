package org.skillgraph.cypher;

import java.util.List;

/**
 * The graph schema: a uniqueness constraint on {@code id} for every label, the full-text index over
 * skill names and aliases, and the range indexes the queries use. Every statement is idempotent
 * ({@code IF NOT EXISTS}) and must run in its own transaction.
 */
public final class Schema {

    /** Every node label of the canonical model. */
    public static final List<String> LABELS = List.of(
            "Skill",
            "Topic",
            "Role",
            "Module",
            "Person",
            "Cohort",
            "Badge",
            "Meta",
            "Evidence",
            "Segment",
            "Framework");

    /** Labels skillgraph keeps for itself beside the model: API tokens (as hashes) and the audit trail. */
    public static final List<String> OPERATIONAL_LABELS = List.of("ApiToken", "AuditEvent", "XapiStatement");

    /** Name of the full-text index over {@code Skill.name} and {@code Skill.aliases}. */
    public static final String SKILL_SEARCH_INDEX = "skill_search";

    private Schema() {}

    /** The schema statements, in the order they are applied. */
    public static List<String> statements() {
        return CypherResources.statements("schema/schema");
    }

    /** Checks that every constraint and index of {@link #statements()} is online; returns a count. */
    public static CypherQuery onlineCheck() {
        return new CypherQuery(CypherResources.statement("schema/online-check"), java.util.Map.of("names", names()));
    }

    /** The name of every constraint and index the schema creates: the word before {@code IF NOT EXISTS}. */
    public static List<String> names() {
        return statements().stream()
                .map(s -> s.substring(0, s.indexOf(" IF NOT EXISTS")))
                .map(s -> s.substring(s.lastIndexOf(' ') + 1))
                .toList();
    }
}
