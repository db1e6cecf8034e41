package org.skillgraph.engine.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.taxonomy.ChangeEntry.Kind;

/** Measures a change set's impact in one read, and keeps it as properties of the change set. */
final class ImpactReader {

    private ImpactReader() {}

    /**
     * Measures the impact of {@code entries}; {@code routes} plans the affected roles' from-scratch routes (all
     * of them, before the sample is cut).
     */
    static Impact measure(GraphClient graph, List<ChangeEntry> entries, Function<List<String>, Impact.Routes> routes) {
        var params = params(entries);
        var removedRoles = ids(entries, Kind.ROLE_REMOVED);
        var counts = graph.readSingle(
                CypherResources.statement("taxonomy/impact"),
                params,
                r -> new Impact(
                        r.get("people").asLong(),
                        r.get("holders").asLong(),
                        new Impact.Sample(0, Rows.strings(r.get("roles"))),
                        Impact.Sample.of(Rows.strings(r.get("modules"))),
                        Impact.Sample.of(Rows.strings(r.get("badges"))),
                        r.get("coachingPairs").asLong(),
                        Impact.Sample.of(removedRoles),
                        r.get("roleHolders").asLong(),
                        r.get("roleMoves").asLong(),
                        Impact.Routes.none()));
        // Planned after the read, not in its record mapping: the planner's snapshot may need a read of its own.
        var roles = counts.roles().ids();
        return new Impact(
                counts.people(),
                counts.holders(),
                Impact.Sample.of(roles),
                counts.modules(),
                counts.badges(),
                counts.coachingPairs(),
                counts.removedRoles(),
                counts.roleHolders(),
                counts.roleMoves(),
                routes.apply(roles));
    }

    /** The ids the impact statements take: removed skills, skills with new prerequisites, changed profiles. */
    static Map<String, Object> params(List<ChangeEntry> entries) {
        return Map.of(
                "removed", ids(entries, Kind.SKILL_REMOVED),
                "changed", ids(entries, Kind.PREREQUISITES_CHANGED),
                "roles", ids(entries, Kind.ROLE_PROFILE_CHANGED),
                "removedRoles", ids(entries, Kind.ROLE_REMOVED));
    }

    /** A sample of the people change set {@code id} affects, in id order: only for callers allowed to see people. */
    static List<String> people(GraphClient graph, String id, int limit) {
        return graph.readRows(
                CypherResources.statement("taxonomy/impact-people"),
                Map.of("id", id, "limit", limit),
                r -> r.get("id").asString());
    }

    private static List<String> ids(List<ChangeEntry> entries, Kind kind) {
        return entries.stream()
                .filter(e -> e.kind().equals(kind.wireName()))
                .map(ChangeEntry::id)
                .toList();
    }

    static Map<String, Object> properties(Impact i) {
        var p = new HashMap<String, Object>();
        p.put("impactPeople", i.people());
        p.put("impactHolders", i.holders());
        p.put("impactRoles", i.roles().count());
        p.put("impactRoleIds", i.roles().ids());
        p.put("impactModules", i.modules().count());
        p.put("impactModuleIds", i.modules().ids());
        p.put("impactBadges", i.badges().count());
        p.put("impactBadgeIds", i.badges().ids());
        p.put("impactCoachingPairs", i.coachingPairs());
        p.put("impactRemovedRoles", i.removedRoles().count());
        p.put("impactRemovedRoleIds", i.removedRoles().ids());
        p.put("impactRoleHolders", i.roleHolders());
        p.put("impactRoleMoves", i.roleMoves());
        p.put("impactRoutesCompared", i.routes().compared());
        p.put("impactRoutesNotCompared", i.routes().notCompared());
        p.put("impactRoutesChanged", i.routes().changed());
        var sample = i.routes().sample();
        p.put("impactRouteRoles", sample.stream().map(RouteHours::role).toList());
        // A role the change set adds has no hours before: -1 stands for none in the stored list.
        p.put(
                "impactRouteBefore",
                sample.stream().map(h -> h.before() == null ? -1.0 : h.before()).toList());
        p.put("impactRouteAfter", sample.stream().map(RouteHours::after).toList());
        return p;
    }

    static Impact of(Value c) {
        return new Impact(
                c.get("impactPeople").asLong(0),
                c.get("impactHolders").asLong(0),
                new Impact.Sample(c.get("impactRoles").asLong(0), Rows.strings(c.get("impactRoleIds"))),
                new Impact.Sample(c.get("impactModules").asLong(0), Rows.strings(c.get("impactModuleIds"))),
                new Impact.Sample(c.get("impactBadges").asLong(0), Rows.strings(c.get("impactBadgeIds"))),
                c.get("impactCoachingPairs").asLong(0),
                new Impact.Sample(c.get("impactRemovedRoles").asLong(0), Rows.strings(c.get("impactRemovedRoleIds"))),
                c.get("impactRoleHolders").asLong(0),
                c.get("impactRoleMoves").asLong(0),
                routes(c));
    }

    private static Impact.Routes routes(Value c) {
        var roles = Rows.strings(c.get("impactRouteRoles"));
        var before = c.get("impactRouteBefore").isNull()
                ? List.<Double>of()
                : c.get("impactRouteBefore").asList(Value::asDouble);
        var after = c.get("impactRouteAfter").isNull()
                ? List.<Double>of()
                : c.get("impactRouteAfter").asList(Value::asDouble);
        var sample = new java.util.ArrayList<RouteHours>();
        for (int k = 0; k < roles.size() && k < before.size() && k < after.size(); k++) {
            sample.add(new RouteHours(roles.get(k), before.get(k) < 0 ? null : before.get(k), after.get(k)));
        }
        return new Impact.Routes(
                c.get("impactRoutesCompared").asLong(0),
                c.get("impactRoutesNotCompared").asLong(0),
                c.get("impactRoutesChanged").asLong(0),
                sample);
    }
}
