package org.skillgraph.engine.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.seed.bundle.ImportProgress;

/**
 * Removed roles, from-scratch route hours and badges in a change set, on a real Neo4j: framework {@code fw} has
 * skills a, b (b requires a at 2) and c, modules teaching a (5 h) and b (3 h), roles lead (needs b) and analyst
 * (needs a, leads to lead), people in or targeting analyst, and badges certifying a and c.
 */
class ChangeSetImpactIT {

    private static final String V1 = """
            {"frameworks": [{"id": "fw", "title": "Framework"}], "defaultFramework": "fw",
             "skills": [{"id": "a", "name": "A"}, {"id": "b", "name": "B", "requires": [{"skill": "a", "level": 2}]},
                        {"id": "c", "name": "C"}],
             "modules": [{"id": "m-a", "title": "Learn A", "hours": 5, "modality": "course", "pacing": "self-paced",
                          "core": true, "status": "published", "teaches": [{"skill": "a", "level": 3}]},
                         {"id": "m-b", "title": "Learn B", "hours": 3, "modality": "course", "pacing": "self-paced",
                          "core": true, "status": "published", "teaches": [{"skill": "b", "level": 3}]}],
             "roles": [{"id": "lead", "title": "Lead",
                        "needs": [{"skill": "b", "level": 3, "importance": 5, "essential": true}]},
                       {"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "a", "level": 2, "importance": 4, "essential": true}],
                        "leadsTo": [{"role": "lead", "kind": "promotion"}]}],
             "people": [{"id": "p-1", "name": "One", "role": "analyst", "targetRole": "lead",
                         "holds": [{"skill": "a", "level": 3, "source": "assessment", "at": "2026-01-05"}]},
                        {"id": "p-2", "name": "Two", "role": "lead", "targetRole": "analyst"}],
             "badges": [{"id": "b-a", "name": "A badge", "certifies": [{"skill": "a", "level": 3}]},
                        {"id": "b-c", "name": "C badge", "certifies": [{"skill": "c", "level": 2}]}]}
            """;

    private final TaxonomyGraph g = new TaxonomyGraph();

    private static Curriculum.Skill skill(String id, String name, String... requires) {
        return new Curriculum.Skill(id, name, "", null, List.of(), List.of(requires));
    }

    private static Curriculum.Role lead() {
        return new Curriculum.Role("lead", "Lead", List.of(Curriculum.need("b", 3, 5, true)));
    }

    private void load() {
        g.neo4j.reset();
        g.neo4j
                .importer()
                .importBundle(new ByteArrayInputStream(V1.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
    }

    @Test
    void shouldReportARemovedRoleWithThePeopleAndMovesItConcerns() {
        load();
        var next = new Curriculum(List.of(skill("a", "A"), skill("b", "B", "a@2"), skill("c", "C")), List.of(lead()));

        var cs = g.store.create("fw", next, "v2", "test");

        assertThat(cs.counts()).containsEntry("role-removed", 1L);
        var removed = g.store.entries(cs.id(), "role-removed", null, null, 10).items();
        assertThat(removed).extracting(ChangeEntry::id).containsExactly("analyst");
        assertThat(removed.get(0).before()).containsExactly("a@2@4@true");
        assertThat(cs.impact().removedRoles().ids()).containsExactly("analyst");
        assertThat(cs.impact().roleHolders()).isEqualTo(2);
        assertThat(cs.impact().roleMoves()).isEqualTo(1);
        assertThat(g.store.peopleSample(cs, 10)).containsExactly("p-1", "p-2");
    }

    @Test
    void shouldNotTreatRolesAsRemovedWhenTheVersionStatesNoProfiles() {
        load();
        var next = new Curriculum(List.of(skill("a", "A"), skill("b", "B", "a@2"), skill("c", "C")), List.of());

        var cs = g.store.create("fw", next, "v2", "test");

        assertThat(cs.counts()).doesNotContainKey("role-removed");
        assertThat(cs.impact().removedRoles().count()).isZero();
    }

    @Test
    void shouldMoveThePeopleAndCareerMovesOfAReplacedRoleOntoItsSuccessor() {
        load();
        var next = new Curriculum(List.of(skill("a", "A"), skill("b", "B", "a@2"), skill("c", "C")), List.of(lead()));
        var cs = g.store.create("fw", next, "v2", "test");
        var unknown = new ApplyChoices(List.of(), List.of(new ApplyChoices.RoleChoice("analyst", "replace", "nope")));
        assertThatThrownBy(() -> g.applier.apply("fw", cs.id(), unknown, "test"))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).extracting(x -> x.pointer()).containsExactly("/roles/0/successor"));

        var result = g.applier.apply(
                "fw",
                cs.id(),
                new ApplyChoices(List.of(), List.of(new ApplyChoices.RoleChoice("analyst", "replace", "lead"))),
                "test");

        assertThat(result.rolesDeprecated()).isEqualTo(1);
        assertThat(result.rolesReplaced()).isEqualTo(1);
        assertThat(result.peopleMoved()).isEqualTo(2);
        assertThat(g.count("MATCH (:Person {id: 'p-1'})-[r:IN_ROLE {migratedFrom: 'analyst'}]->(:Role {id: 'lead'}) "
                        + "WHERE r.changeSet = '" + cs.id() + "' RETURN count(r)"))
                .isEqualTo(1);
        assertThat(g.count("MATCH (:Person {id: 'p-2'})-[r:TARGETS {migratedFrom: 'analyst'}]->(:Role {id: 'lead'}) "
                        + "RETURN count(r)"))
                .isEqualTo(1);
        assertThat(g.count("MATCH (:Person)-[r:IN_ROLE|TARGETS]->(:Role {id: 'analyst'}) RETURN count(r)"))
                .isZero();
        assertThat(g.count("MATCH (r:Role {id: 'analyst', deprecated: true})-[:REPLACED_BY]->(:Role {id: 'lead'}) "
                        + "RETURN count(r)"))
                .isEqualTo(1);
        assertThat(g.count("MATCH ()-[l:LEADS_TO]->() RETURN count(l)")).isZero();
    }

    @Test
    void shouldKeepARemovedRoleWithoutAChoice() {
        load();
        var next = new Curriculum(List.of(skill("a", "A"), skill("b", "B", "a@2"), skill("c", "C")), List.of(lead()));
        var cs = g.store.create("fw", next, "v2", "test");

        var result = g.applier.apply("fw", cs.id(), ApplyChoices.none(), "test");

        assertThat(result.rolesDeprecated()).isZero();
        assertThat(g.count("MATCH (r:Role {id: 'analyst'}) WHERE r.deprecated IS NULL RETURN count(r)"))
                .isEqualTo(1);
        assertThat(g.count("MATCH (:Person)-[r:IN_ROLE|TARGETS]->(:Role {id: 'analyst'}) RETURN count(r)"))
                .isEqualTo(2);
    }

    @Test
    void shouldCompareFromScratchRouteHoursWithoutWriting() {
        load();
        long version = g.version();
        // b no longer requires a: Lead's route drops Learn A (5 h) and keeps Learn B (3 h).
        var next = new Curriculum(
                List.of(skill("a", "A"), skill("b", "B"), skill("c", "C")),
                List.of(lead(), new Curriculum.Role("analyst", "Analyst", List.of(Curriculum.need("a", 2, 4, true)))));

        var cs = g.store.create("fw", next, "v2", "test");

        assertThat(cs.impact().routes().compared()).isEqualTo(1);
        assertThat(cs.impact().routes().changed()).isEqualTo(1);
        assertThat(cs.impact().routes().sample()).containsExactly(new RouteHours("lead", 8.0, 3.0));
        assertThat(g.store.find(cs.id()).orElseThrow().impact().routes())
                .isEqualTo(cs.impact().routes());
        assertThat(g.version()).isEqualTo(version);
        assertThat(g.count("MATCH (:Skill {id: 'b'})-[q:REQUIRES]->(:Skill {id: 'a'}) RETURN count(q)"))
                .isEqualTo(1);
    }

    @Test
    void shouldMigrateBadgesOfSupersededSkillsAndFlagThoseOfDeprecatedOnes() {
        load();
        var next = new Curriculum(
                List.of(skill("a2", "A, revised"), skill("b", "B", "a2@2")),
                List.of(lead(), new Curriculum.Role("analyst", "Analyst", List.of(Curriculum.need("a2", 2, 4, true)))));
        var cs = g.store.create("fw", next, "v2", "test");
        assertThat(cs.impact().badges().ids()).containsExactly("b-a", "b-c");

        var result = g.applier.apply(
                "fw",
                cs.id(),
                new ApplyChoices(List.of(
                        new ApplyChoices.Choice("a", "replace", List.of(new ApplyChoices.Successor("a2", null))),
                        new ApplyChoices.Choice("c", "deprecate", List.of()))),
                "test");

        assertThat(result.badgesMigrated()).isEqualTo(1);
        assertThat(result.badgesFlagged()).isEqualTo(1);
        assertThat(g.neo4j.query(
                        "MATCH (:Badge {id: 'b-a'})-[c:CERTIFIES]->(s:Skill) RETURN [s.id, c.level, c.migratedFrom,"
                                + " c.changeSet]",
                        Map.of()))
                .containsExactly(List.of("a2", 3L, "a", cs.id()));
        assertThat(g.count("MATCH (b:Badge {id: 'b-c', needsReview: true})-[c:CERTIFIES]->(:Skill {id: 'c'}) "
                        + "WHERE b.reviewChangeSet = '" + cs.id() + "' AND c.deprecatedBy = b.reviewChangeSet "
                        + "RETURN count(b)"))
                .isEqualTo(1);
        assertThat(g.count("MATCH (:Person)-[e:EARNED]->() RETURN count(e)")).isZero();
    }
}
