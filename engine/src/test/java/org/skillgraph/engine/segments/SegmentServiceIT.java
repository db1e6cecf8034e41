package org.skillgraph.engine.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.error.NotFoundException;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.gap.GapPlanner;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.seed.bundle.BundleProblem;
import org.skillgraph.seed.bundle.BundleValidationException;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Segments of a small cohort imported as a bundle. Role {@code analyst} needs SQL 3 (importance 4), statistics 3
 * (3) and visualisation 2 (3). {@code a1..a3} hold SQL 3 only (readiness 4/10 = 0.4; route m-viz, m-stats);
 * {@code b1..b3} hold statistics 3 and visualisation 2 (readiness 6/10 = 0.6; route m-sql-1, m-sql-2); {@code n1}
 * has no target. {@code a1}, {@code a2} and {@code n1} are juniors (role level 1), the rest associates (level 2);
 * {@code a1} and {@code b1} learn fast.
 */
class SegmentServiceIT {

    private static final String BUNDLE = """
            {"skills": [{"id": "sql", "name": "SQL"}, {"id": "stats", "name": "Statistics"},
                        {"id": "viz", "name": "Visualisation"}],
             "roles": [{"id": "analyst", "title": "Analyst", "level": 3,
                        "needs": [{"skill": "sql", "level": 3, "importance": 4, "essential": true},
                                  {"skill": "stats", "level": 3, "importance": 3, "essential": true},
                                  {"skill": "viz", "level": 2, "importance": 3, "essential": false}]},
                       {"id": "junior", "title": "Junior", "level": 1},
                       {"id": "associate", "title": "Associate", "level": 2}],
             "modules": [%s],
             "people": [%s],
             "cohorts": [{"id": "k", "name": "Cohort K", "members": ["a1", "a2", "a3", "b1", "b2", "b3", "n1"],
                          "segments": [{"id": "k-ready", "name": "Ready", "readiness": {"min": 0.5}},
                                       {"id": "k-fast", "name": "Fast", "paces": ["fast"]},
                                       {"id": "k-juniors", "name": "Juniors", "roleLevel": {"max": 1}}]}]}
            """.formatted(modules(), people());

    private static String modules() {
        return String.join(
                ",",
                module("m-sql-1", 4, "sql", 2, null),
                module("m-sql-2", 6, "sql", 3, "sql"),
                module("m-stats", 8, "stats", 3, null),
                module("m-viz", 3, "viz", 2, null));
    }

    private static String module(String id, int hours, String skill, int level, String assumes) {
        return """
                {"id": "%s", "title": "%s", "hours": %d, "modality": "course", "pacing": "self-paced", "core": true,
                 "status": "published", "teaches": [{"skill": "%s", "level": %d}]%s}""".formatted(
                        id,
                        id,
                        hours,
                        skill,
                        level,
                        assumes == null ? "" : ", \"assumes\": [{\"skill\": \"" + assumes + "\", \"level\": 2}]");
    }

    private static String people() {
        var a = "\"targetRole\": \"analyst\", \"holds\": [" + held("sql", 3) + "]";
        var b = "\"targetRole\": \"analyst\", \"holds\": [" + held("stats", 3) + ", " + held("viz", 2) + "]";
        return String.join(
                ",",
                person("a1", "junior", "fast", a),
                person("a2", "junior", "steady", a),
                person("a3", "associate", "steady", a),
                person("b1", "associate", "fast", b),
                person("b2", "associate", "steady", b),
                person("b3", "associate", "steady", b),
                person("n1", "junior", "steady", "\"holds\": []"));
    }

    private static String held(String skill, int level) {
        return "{\"skill\": \"%s\", \"level\": %d, \"source\": \"assessment\", \"at\": \"2026-01-10\"}"
                .formatted(skill, level);
    }

    private static String person(String id, String role, String pace, String rest) {
        return "{\"id\": \"%s\", \"name\": \"Person %s\", \"role\": \"%s\", \"pace\": \"%s\", %s}"
                .formatted(id, id.toUpperCase(java.util.Locale.ROOT), role, pace, rest);
    }

    private SegmentService service;

    @BeforeEach
    void load() {
        var neo4j = Neo4jFixture.get();
        neo4j.reset();
        neo4j.importer()
                .importBundle(new ByteArrayInputStream(BUNDLE.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
        var graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
        service = new SegmentService(
                new SegmentRepository(
                        graph,
                        LevelRules.defaults(),
                        Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneOffset.UTC)),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                new GapPlanner(),
                new RoutePlanner(),
                new GapClustering(4, 42L));
    }

    @Test
    void shouldPlaceMembersInTheRuleSegmentsDefinedInData() {
        var segments = service.segments("k", null);

        assertThat(segments.cohortName()).isEqualTo("Cohort K");
        assertThat(segments.members()).isEqualTo(7);
        assertThat(segments.withoutRole()).extracting(CohortSegments.Member::id).containsExactly("n1");
        assertThat(segments.rules())
                .extracting(CohortSegments.Segment::id)
                .containsExactly("k-fast", "k-juniors", "k-ready");
        assertThat(ids(segments.rules().get(0))).containsExactly("a1", "b1");
        assertThat(ids(segments.rules().get(1))).containsExactly("a1", "a2", "n1");
        assertThat(ids(segments.rules().get(2))).containsExactly("b1", "b2", "b3");
        assertThat(segments.rules().get(2).meanReadiness()).isEqualTo(0.6);
        assertThat(segments.unsegmented()).extracting(CohortSegments.Member::id).containsExactly("a3");
        assertThat(segments.unsegmented().get(0).name()).isEqualTo("Person A3");
    }

    @Test
    void shouldGroupMembersWithSimilarGapsAndGiveEachItsEntryPointAndSkippableModules() {
        var grouping = service.segments("k", null).automatic();

        assertThat(grouping.seed()).isEqualTo(42L);
        assertThat(grouping.silhouette()).isEqualTo(1.0);
        assertThat(grouping.segments()).hasSize(2);
        var a = grouping.segments().get(0);
        var b = grouping.segments().get(1);
        assertThat(ids(a)).containsExactly("a1", "a2", "a3");
        assertThat(ids(b)).containsExactly("b1", "b2", "b3");
        assertThat(a.entryPoint())
                .containsExactly(
                        new CohortSegments.EntryStep("m-viz", "m-viz", 3, 0.0),
                        new CohortSegments.EntryStep("m-stats", "m-stats", 3, 1.0));
        assertThat(a.canSkip()).extracting(CohortSegments.SkipModule::moduleId).containsExactly("m-sql-1", "m-sql-2");
        assertThat(a.profile()).extracting(CohortSegments.ProfileSkill::skillId).containsExactly("stats", "viz");
        assertThat(b.entryPoint())
                .extracting(CohortSegments.EntryStep::moduleId)
                .containsExactly("m-sql-1", "m-sql-2");
        assertThat(b.canSkip())
                .containsExactly(
                        new CohortSegments.SkipModule("m-stats", "m-stats", 8.0, 3, 3),
                        new CohortSegments.SkipModule("m-viz", "m-viz", 3.0, 3, 3));
    }

    @Test
    void shouldGroupEveryoneTargetingARole() {
        var segments = service.targeting("analyst");

        assertThat(segments.members()).isEqualTo(6);
        assertThat(segments.rules()).isEmpty();
        assertThat(segments.withoutRole()).isEmpty();
        assertThat(segments.automatic().segments())
                .extracting(SegmentServiceIT::ids)
                .containsExactly(List.of("a1", "a2", "a3"), List.of("b1", "b2", "b3"));
        assertThatThrownBy(() -> service.targeting("astronaut")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldRefuseUnknownCohortsAndRoles() {
        assertThatThrownBy(() -> service.segments("nope", null))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("cohort");
        assertThatThrownBy(() -> service.segments("k", "astronaut"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("astronaut");
    }

    @Test
    void shouldRefuseSegmentsWithUnknownRolesOrInvertedBounds() {
        var bad = """
                {"cohorts": [{"id": "k2", "name": "K2", "segments": [
                   {"id": "s1", "name": "S1", "targetRoles": ["astronaut"], "readiness": {"min": 0.8, "max": 0.2}},
                   {"id": "s1", "name": "again", "roleLevel": {"min": 0}}]}]}
                """;

        assertThatThrownBy(() -> Neo4jFixture.get()
                        .importer()
                        .importBundle(
                                new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), ImportProgress.none()))
                .isInstanceOfSatisfying(
                        BundleValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(BundleProblem::pointer)
                                .contains("/cohorts/0/segments/1/roleLevel/min"));
        var checked = """
                {"cohorts": [{"id": "k2", "name": "K2", "segments": [
                   {"id": "s1", "name": "S1", "targetRoles": ["astronaut"], "readiness": {"min": 0.8, "max": 0.2}},
                   {"id": "s1", "name": "again"}]}]}
                """;
        assertThatThrownBy(() -> Neo4jFixture.get()
                        .importer()
                        .importBundle(
                                new ByteArrayInputStream(checked.getBytes(StandardCharsets.UTF_8)),
                                ImportProgress.none()))
                .isInstanceOfSatisfying(
                        BundleValidationException.class,
                        e -> assertThat(e.problems())
                                .extracting(BundleProblem::pointer)
                                .containsExactlyInAnyOrder(
                                        "/cohorts/0/segments/0/readiness",
                                        "/cohorts/0/segments/0/targetRoles/0",
                                        "/cohorts/0/segments/1/id"));
    }

    private static List<String> ids(CohortSegments.Segment segment) {
        return segment.members().stream().map(CohortSegments.Member::id).toList();
    }
}
