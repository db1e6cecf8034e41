package org.skillgraph.engine.taxonomy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Rows;
import org.skillgraph.engine.taxonomy.ChangeEntry.Kind;

/** Measures a change set's impact in one read, and keeps it as properties of the change set. */
final class ImpactReader {

    private ImpactReader() {}

    static Impact measure(GraphClient graph, List<ChangeEntry> entries) {
        var params = params(entries);
        return graph.readSingle(
                CypherResources.statement("taxonomy/impact"),
                params,
                r -> new Impact(
                        r.get("people").asLong(),
                        r.get("holders").asLong(),
                        Impact.Sample.of(Rows.strings(r.get("roles"))),
                        Impact.Sample.of(Rows.strings(r.get("modules"))),
                        Impact.Sample.of(Rows.strings(r.get("badges"))),
                        r.get("coachingPairs").asLong()));
    }

    /** The ids the impact statements take: removed skills, skills with new prerequisites, changed profiles. */
    static Map<String, Object> params(List<ChangeEntry> entries) {
        return Map.of(
                "removed", ids(entries, Kind.SKILL_REMOVED),
                "changed", ids(entries, Kind.PREREQUISITES_CHANGED),
                "roles", ids(entries, Kind.ROLE_PROFILE_CHANGED));
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
        return p;
    }

    static Impact of(Value c) {
        return new Impact(
                c.get("impactPeople").asLong(0),
                c.get("impactHolders").asLong(0),
                new Impact.Sample(c.get("impactRoles").asLong(0), Rows.strings(c.get("impactRoleIds"))),
                new Impact.Sample(c.get("impactModules").asLong(0), Rows.strings(c.get("impactModuleIds"))),
                new Impact.Sample(c.get("impactBadges").asLong(0), Rows.strings(c.get("impactBadgeIds"))),
                c.get("impactCoachingPairs").asLong(0));
    }
}
