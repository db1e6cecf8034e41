package org.skillgraph.cypher;

import java.util.HashMap;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.renderer.Renderer;

/** People listings whose filters are optional: only the filters given become predicates. */
public final class PeopleQueries {

    private static final Renderer RENDERER = Renderer.getDefaultRenderer();

    private PeopleQueries() {}

    /**
     * Filters for a page of people; {@code null} means "any".
     *
     * @param after keyset cursor: the last id of the previous page, or {@code ""}
     */
    public record Filter(String department, String role, String targetRole, String cohort, String after, int limit) {
        public Filter {
            after = after == null ? "" : after;
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1, was " + limit);
            }
        }
    }

    /** A page of people in id order, with their current and target role ids. */
    public static CypherQuery list(Filter filter) {
        var p = Cypher.node("Person").named("p");
        var parameters = new HashMap<String, Object>();
        parameters.put("after", filter.after());
        parameters.put("limit", filter.limit());
        Condition where = p.property("id").gt(Cypher.parameter("after"));
        if (filter.department() != null) {
            where = where.and(p.property("department").isEqualTo(Cypher.parameter("department")));
            parameters.put("department", filter.department());
        }
        if (filter.role() != null) {
            where = where.and(p.relationshipTo(node("Role", "role"), "IN_ROLE").asCondition());
            parameters.put("role", filter.role());
        }
        if (filter.targetRole() != null) {
            where = where.and(
                    p.relationshipTo(node("Role", "targetRole"), "TARGETS").asCondition());
            parameters.put("targetRole", filter.targetRole());
        }
        if (filter.cohort() != null) {
            where = where.and(
                    p.relationshipTo(node("Cohort", "cohort"), "MEMBER_OF").asCondition());
            parameters.put("cohort", filter.cohort());
        }
        var role = Cypher.node("Role").named("role");
        var target = Cypher.node("Role").named("target");
        var statement = Cypher.match(p)
                .where(where)
                .with(p)
                .orderBy(p.property("id"))
                .limit(Cypher.parameter("limit"))
                .optionalMatch(p.relationshipTo(role, "IN_ROLE"))
                .optionalMatch(p.relationshipTo(target, "TARGETS"))
                .returning(
                        p.project("id", "name", "department", "location").as("person"),
                        role.property("id").as("role"),
                        target.property("id").as("targetRole"))
                .orderBy(p.property("id"))
                .build();
        return new CypherQuery(RENDERER.render(statement), parameters);
    }

    private static org.neo4j.cypherdsl.core.Node node(String label, String parameter) {
        return Cypher.node(label).withProperties("id", Cypher.parameter(parameter));
    }
}
