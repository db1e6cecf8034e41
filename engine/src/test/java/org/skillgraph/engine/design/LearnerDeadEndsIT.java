package org.skillgraph.engine.design;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.ids.IdClashRepository;
import org.skillgraph.engine.learner.LearnerRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/** The validation report names the dead ends learners can see: a target no route from where they stand reaches. */
class LearnerDeadEndsIT {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final DesignService design = new DesignService(
            new CurriculumCache(new CurriculumRepository(graph)::load),
            new LearnerRepository(
                    graph,
                    LevelRules.defaults(),
                    Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)),
            new DanglingReferenceRepository(graph),
            new RoleBaselines(new RoutePlanner()),
            new IdClashRepository(graph));

    @Test
    void shouldReportPeopleWhoseTargetNoRouteFromTheirLevelsReaches() {
        neo4j.reset();
        // m-stats is the only module teaching stats 3. p-stuck completed it, but a newer assessment puts them at 2
        // (fresh: nothing to repeat); p-decayed completed it three years ago (decayed to 2: repeat it); p-new
        // has not taken it. Only p-stuck is at a dead end; from scratch the role is reachable.
        var bundle = """
                {"skills": [{"id": "stats", "name": "Statistics"}],
                 "roles": [{"id": "analyst", "title": "Analyst",
                            "needs": [{"skill": "stats", "level": 3, "importance": 5, "essential": true}]}],
                 "modules": [{"id": "m-stats", "title": "Statistics", "hours": 6, "modality": "course",
                              "pacing": "self-paced", "core": true, "status": "published",
                              "teaches": [{"skill": "stats", "level": 3}]}],
                 "people": [
                   {"id": "p-stuck", "name": "Stuck", "targetRole": "analyst",
                    "completed": [{"module": "m-stats", "at": "2025-06-01"}],
                    "holds": [{"skill": "stats", "level": 2, "source": "assessment", "at": "2026-10-01"}]},
                   {"id": "p-decayed", "name": "Decayed", "targetRole": "analyst",
                    "completed": [{"module": "m-stats", "at": "2023-09-01"}],
                    "holds": [{"skill": "stats", "level": 3, "source": "completion", "at": "2023-09-01"}]},
                   {"id": "p-new", "name": "New", "targetRole": "analyst"}]}
                """;
        neo4j.importer()
                .importBundle(new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());

        var report = design.validate();

        var deadEnds = report.findings().stream()
                .filter(f -> f.kind().equals(Finding.KIND_LEARNER_DEAD_END))
                .toList();
        assertThat(deadEnds).hasSize(1);
        var finding = deadEnds.get(0);
        assertThat(finding.severity()).isEqualTo(Finding.ERROR);
        assertThat(finding.ids()).containsExactly("analyst", "stats");
        assertThat(finding.people()).isEqualTo(new AffectedPeople(1, List.of("p-stuck")));
        assertThat(finding.message()).contains("1 person targets role analyst").contains("stats at level 3");
        assertThat(report.counts()).containsEntry(Finding.KIND_LEARNER_DEAD_END, 1);
        assertThat(report.findings())
                .noneMatch(f -> f.kind().equals(Finding.KIND_UNREACHABLE_REQUIREMENT))
                .filteredOn(f -> !f.kind().equals(Finding.KIND_LEARNER_DEAD_END))
                .allSatisfy(f -> assertThat(f.people()).isNull());
    }
}
