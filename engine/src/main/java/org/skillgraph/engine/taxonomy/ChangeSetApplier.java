package org.skillgraph.engine.taxonomy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.cypher.UpsertQueries;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.taxonomy.ChangeEntry.Kind;

/**
 * Applies a change set in one write transaction: the curriculum becomes the uploaded version, removed skills
 * are deprecated or superseded as the designer chose, learner records and badge certifications are moved or
 * mirrored onto successors with their provenance, removed roles are kept, deprecated or mapped to a successor, a framework version is recorded, and {@code Meta.version} moves once. The version bump comes
 * first: it takes the Meta lock, so two applies (or an apply and an edit) run one after the other and the
 * checks below (still open, base unchanged) hold until commit.
 */
public final class ChangeSetApplier {

    private final GraphClient graph;
    private final Clock clock;

    public ChangeSetApplier(GraphClient graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /**
     * @throws org.skillgraph.engine.error.NotFoundException for an unknown change set or framework
     * @throws ConflictException {@code wrong-framework}, {@code already-applied} or {@code stale-base}
     * @throws org.skillgraph.engine.error.InvalidRequestException for a choice about a skill the change set does
     *     not remove, or a successor that is unknown or removed
     */
    public ApplyResult apply(String framework, String id, ApplyChoices choices, String actor) {
        return graph.write(tx -> applyIn(tx, framework, id, choices, actor), ChangeSetStore.LONG_WRITE);
    }

    private ApplyResult applyIn(
            TransactionContext tx, String framework, String id, ApplyChoices choices, String actor) {
        long graphVersion =
                tx.run(UpsertQueries.bumpVersion()).single().get("version").asLong();
        var cs = tx.run(CypherResources.statement("taxonomy/changeset-read"), Map.of("id", id)).stream()
                .findFirst()
                .map(r -> ChangeSetStore.header(r.get("changeSet")))
                .orElseThrow(() -> new org.skillgraph.engine.error.NotFoundException("changeSet", id));
        check(tx, cs, framework);
        var entries = tx.run(
                        CypherResources.statement("taxonomy/changeset-entries"),
                        params("id", id, "after", -1, "kind", null, "entity", null, "limit", Integer.MAX_VALUE))
                .list(r -> ChangeSetStore.entry(r.get("entry")));
        var plan = ApplyPlan.of(entries, choices, existing(tx, choices), existingRoles(tx, choices));
        var at = clock.instant().atOffset(ZoneOffset.UTC);
        run(tx, "apply-skills", Map.of("framework", framework, "rows", plan.skills()));
        run(tx, "apply-broader", Map.of("framework", framework, "rows", plan.broader()));
        run(tx, "apply-requires", Map.of("framework", framework, "rows", plan.requires()));
        run(tx, "apply-roles", Map.of("framework", framework, "rows", plan.roles()));
        var deprecated = run(
                        tx,
                        "apply-deprecate",
                        Map.of("changeSet", id, "at", at, "ids", plan.removed(), "rows", plan.replacements()))
                .get("deprecated")
                .asLong();
        var migration =
                Map.<String, Object>of("changeSet", id, "rows", plan.replacements(), "successors", plan.successors());
        var people = run(tx, "migrate-people", migration);
        var curriculum = run(tx, "migrate-curriculum", migration);
        var superseded = plan.successors().keySet();
        var badges = run(
                tx,
                "migrate-badges",
                Map.of(
                        "changeSet",
                        id,
                        "rows",
                        plan.replacements(),
                        "successors",
                        plan.successors(),
                        "deprecated",
                        plan.removed().stream()
                                .filter(s -> !superseded.contains(s))
                                .toList()));
        var roles = run(tx, "apply-roles-removed", Map.of("changeSet", id, "at", at, "rows", plan.retiredRoles()));
        var counts = ChangeSetStore.counts(entries);
        long added = counts.getOrDefault(Kind.SKILL_ADDED.wireName(), 0L);
        long removed = counts.getOrDefault(Kind.SKILL_REMOVED.wireName(), 0L);
        long rolesRemoved = counts.getOrDefault(Kind.ROLE_REMOVED.wireName(), 0L);
        long changed = entries.size() - added - removed;
        var version = new LinkedHashMap<String, Object>();
        version.put("source", cs.source());
        version.put("importer", actor);
        version.put("at", at);
        version.put("changeSet", id);
        version.put(
                "summary",
                added + " skills added, " + removed + " removed ("
                        + plan.successors().size() + " superseded), " + rolesRemoved + " roles removed, "
                        + (changed - rolesRemoved) + " other changes");
        version.put("added", added);
        version.put("removed", removed);
        version.put("changed", changed);
        var recorded =
                FrameworkVersions.version(run(tx, "version-record", Map.of("framework", framework, "version", version))
                        .get("version"));
        run(tx, "changeset-applied", Map.of("id", id, "at", at, "actor", actor));
        return new ApplyResult(
                recorded,
                graphVersion,
                deprecated,
                plan.successors().size(),
                people.get("holdings").asLong(),
                people.get("evidence").asLong(),
                curriculum.get("needs").asLong(),
                curriculum.get("teachings").asLong(),
                curriculum.get("pairs").asLong(),
                badges.get("migrated").asLong(),
                badges.get("flagged").asLong(),
                roles.get("deprecated").asLong(),
                roles.get("replaced").asLong(),
                roles.get("targets").asLong() + roles.get("inRole").asLong(),
                roles.get("moves").asLong());
    }

    private static void check(TransactionContext tx, ChangeSet cs, String framework) {
        if (!cs.framework().equals(framework)) {
            throw new ConflictException(
                    "wrong-framework",
                    "Change set " + cs.id() + " belongs to framework " + cs.framework() + ", not " + framework,
                    Map.of("framework", cs.framework()));
        }
        if (!cs.open()) {
            throw ChangeSetStore.alreadyApplied(cs);
        }
        var base = tx.run(CypherResources.statement("taxonomy/framework-base"), Map.of("framework", framework))
                .single()
                .get("base")
                .asString();
        if (!base.equals(cs.base())) {
            throw new ConflictException(
                    "stale-base",
                    "Framework " + framework + " changed after this change set was made (at " + base
                            + "); discard it and upload the version again to diff against the current framework",
                    Map.of("base", cs.base(), "current", base));
        }
    }

    private static java.util.Set<String> existing(TransactionContext tx, ApplyChoices choices) {
        var ids = choices.choices().stream()
                .flatMap(c -> c.successors().stream())
                .map(ApplyChoices.Successor::skill)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return java.util.Set.copyOf(tx.run(UpsertQueries.existingIds("Skill"), Map.of("ids", ids))
                .list(r -> r.get("id").asString()));
    }

    private static java.util.Set<String> existingRoles(TransactionContext tx, ApplyChoices choices) {
        var ids = choices.roles().stream()
                .map(ApplyChoices.RoleChoice::successor)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return java.util.Set.copyOf(tx.run(UpsertQueries.existingIds("Role"), Map.of("ids", ids))
                .list(r -> r.get("id").asString()));
    }

    private static org.neo4j.driver.Record run(TransactionContext tx, String name, Map<String, Object> params) {
        return tx.run(CypherResources.statement("taxonomy/" + name), params).single();
    }

    private static Map<String, Object> params(Object... pairs) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static List<String> kindIds(List<ChangeEntry> entries, Kind kind) {
        return entries.stream()
                .filter(e -> e.kind().equals(kind.wireName()))
                .map(ChangeEntry::id)
                .toList();
    }
}
