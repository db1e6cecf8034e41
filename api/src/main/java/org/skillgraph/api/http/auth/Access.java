package org.skillgraph.api.http.auth;

import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Set;
import org.skillgraph.engine.access.AccessRole;

/**
 * Who may call one route. Every route declares one when it is registered ({@code ApiRoutes.get(path, access,
 * handler)}), so a route cannot exist without a decision; the constants below name the decisions the API
 * makes, and {@code AccessMatrixIT} holds every route to an independent table of who may call it.
 *
 * <p>{@code personal} routes read or write a person's data: calls to them by anyone but that person are
 * audited, as is every write. {@code self} names the path parameter holding the person a learner token
 * must be bound to; other roles in {@code roles} may call it for anyone. {@code computesOnly} marks a POST
 * that writes nothing.
 */
public record Access(Set<AccessRole> roles, boolean open, boolean personal, String self, boolean computesOnly) {

    /** Every role that reads the curriculum: all but connectors, which may call the xAPI routes only. */
    private static final Set<AccessRole> EVERYONE = EnumSet.complementOf(EnumSet.of(AccessRole.CONNECTOR));

    /** Health, readiness and the API description: no token needed. */
    public static final Access OPEN = new Access(Set.of(), true, false, null, false);

    /** Curriculum and career reads: every role, learners included. */
    public static final Access CURRICULUM_READ = new Access(EVERYONE, false, false, null, false);

    /** Designers' analysis of the curriculum (validation, what-if): no people data. */
    public static final Access DESIGN_READ =
            roles(AccessRole.ADMIN, AccessRole.DESIGNER, AccessRole.COORDINATOR, AccessRole.READER);

    /** Curriculum writes and imports of curriculum only. */
    public static final Access CURRICULUM_WRITE = roles(AccessRole.ADMIN, AccessRole.DESIGNER);

    /** Aggregate figures, which name no person. */
    public static final Access AGGREGATES =
            roles(AccessRole.ADMIN, AccessRole.DESIGNER, AccessRole.COORDINATOR, AccessRole.READER);

    /** People and cohort data for the people who run learning programmes. */
    public static final Access PEOPLE = personal(AccessRole.ADMIN, AccessRole.COORDINATOR);

    /** Administration: tokens, the audit trail, whole-graph imports, creating and erasing people. */
    public static final Access ADMIN = personal(AccessRole.ADMIN);

    /** One person's learning data: that learner, coordinators and admins. */
    public static Access learnerOrStaff(String personParam) {
        return new Access(EnumSet.of(AccessRole.ADMIN, AccessRole.COORDINATOR), false, true, personParam, false);
    }

    /** One person's data that only the person and admins may see (the full export). */
    public static Access learnerOrAdmin(String personParam) {
        return new Access(EnumSet.of(AccessRole.ADMIN), false, true, personParam, false);
    }

    /**
     * Learner self-service reads and reviews: admins, and learner tokens whose right the handler decides from the
     * reporting line (their own data, or the people below them), answering 403 the same whether the person
     * exists or not.
     */
    public static final Access SELF_SERVICE = personal(AccessRole.ADMIN, AccessRole.LEARNER);

    /** What only the learner bound to the person in the path may do: a claim about themself. */
    public static Access learnerOnly(String personParam) {
        return new Access(Set.of(), false, true, personParam, false);
    }

    /** The xAPI statement resource: connector tokens only, which carry people's learning records. */
    public static final Access XAPI = personal(AccessRole.CONNECTOR);

    /** Any authenticated caller, about themselves ({@code /me}). */
    public static final Access AUTHENTICATED = new Access(EVERYONE, false, false, null, false);

    public Access {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Access roles(AccessRole... allowed) {
        return new Access(EnumSet.of(allowed[0], allowed), false, false, null, false);
    }

    public static Access personal(AccessRole... allowed) {
        return new Access(EnumSet.of(allowed[0], allowed), false, true, null, false);
    }

    /**
     * The same access for a POST that only computes an answer (what-if, inline routes): it is not audited as
     * a write.
     */
    public Access computing() {
        return new Access(roles, open, personal, self, true);
    }

    /** Whether {@code caller} may make this request. */
    boolean permits(Caller caller, Context ctx) {
        if (open || roles.contains(caller.role())) {
            return true;
        }
        return self != null && caller.is(ctx.pathParam(self));
    }
}
