package org.skillgraph.bench;

import java.util.List;
import java.util.Map;
import org.skillgraph.engine.neo4j.GraphClient;

/**
 * What the ESCO workload generator needs from an imported ESCO graph, read once and sorted by id so that
 * the same export and seed always generate the same modules and people.
 */
record EscoCatalog(List<SkillRow> skills, List<RoleRow> roles, List<List<String>> essentialRelated) {

    /** A skill as imported: the bundle importer needs name, kind and aliases to upsert it unchanged. */
    record SkillRow(String id, String name, String kind, List<String> aliases) {}

    /** An occupation and the skills it needs ({@code essential} ones first). */
    record RoleRow(String id, String family, List<String> essential, List<String> optional) {}

    static EscoCatalog read(GraphClient graph) {
        var skills = graph.read(tx -> tx.run("MATCH (s:Skill) RETURN s.id AS id, s.name AS name, s.kind AS kind,"
                        + " coalesce(s.aliases, []) AS aliases ORDER BY id")
                .list(r -> new SkillRow(
                        r.get("id").asString(),
                        r.get("name").asString(""),
                        r.get("kind").asString("skill"),
                        r.get("aliases").asList(v -> v.asString()))));
        var roles = graph.read(tx -> tx.run("""
                        MATCH (r:Role)
                        OPTIONAL MATCH (r)-[n:NEEDS]->(s:Skill)
                        WITH r, n.essential AS essential, s.id AS skill ORDER BY skill
                        WITH r, [x IN collect({e: essential, s: skill}) WHERE x.e | x.s] AS essential,
                             [x IN collect({e: essential, s: skill}) WHERE NOT x.e | x.s] AS optional
                        RETURN r.id AS id, r.family AS family, essential, optional ORDER BY id""")
                .list(r -> new RoleRow(
                        r.get("id").asString(),
                        r.get("family").asString("unknown"),
                        r.get("essential").asList(v -> v.asString()),
                        r.get("optional").asList(v -> v.asString()))));
        var related = graph.read(tx -> tx.run("MATCH (a:Skill)-[:RELATED {essential: true}]->(b:Skill)"
                        + " RETURN a.id AS a, b.id AS b ORDER BY a, b")
                .list(r -> List.of(r.get("a").asString(), r.get("b").asString())));
        return new EscoCatalog(skills, roles, related);
    }

    /** Counts for the report. */
    Map<String, Object> counts() {
        return Map.of(
                "escoSkills",
                skills.size(),
                "escoRoles",
                roles.size(),
                "essentialRelatedPairs",
                essentialRelated.size());
    }
}
