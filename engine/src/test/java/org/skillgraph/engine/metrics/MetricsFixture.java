package org.skillgraph.engine.metrics;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * A small organisation with dated history whose metrics are worked out by hand in {@code MetricsServiceIT}.
 * "Today" is 2026-06-30. Role {@code analyst} needs SQL 3 (essential), statistics 2 (essential) and
 * visualisation 2 (not essential). Everyone but the coach is in cohort {@code c-test} and department Data.
 *
 * <ul>
 *   <li>{@code p1}: targets analyst since 2026-01-01; assessed SQL 3 on 01-31 and statistics 2 on 03-02 (competent
 *       after 60 days); a cloud badge (level 2) from 2025-01-10 that expired on 2025-06-30.
 *   <li>{@code p2}: since 2026-01-01; SQL 3 on 01-11, statistics 2 on 01-21 (20 days); coached 01-05 to 02-01.
 *   <li>{@code p3}: since 2026-02-01; SQL 3 on 03-01 only (censored at 149 days).
 *   <li>{@code p4}: since 2026-03-01; no evidence nodes, only holdings: SQL 3 at 2025-06-01 and statistics 2 at
 *       2026-04-01 (31 days); coached since 2026-03-15 in visualisation, still active.
 *   <li>{@code p5}: since 2026-05-01; no evidence (censored at 60 days); coached since 2026-06-01 in SQL and
 *       statistics, active.
 *   <li>{@code p6}: no target; a self-rating of visualisation 2 on 2025-09-01, replaced by an assessment at
 *       level 1 on 2025-10-01.
 * </ul>
 *
 * Module {@code m-sql}: p1 enrolled 01-05, failed 01-20, passed and completed 01-30; p2 enrolled 01-02, passed and
 * completed 01-10; p3 enrolled 02-01, failed 02-20 and 02-25, passed and completed 02-28; p5 enrolled 05-02; p6
 * enrolled 01-15, failed 02-01. Module {@code m-stats}: p1 and p2 enrolled only.
 */
final class MetricsFixture {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 30);

    private MetricsFixture() {}

    static MetricsService service() {
        return service(MetricsSettings.defaults());
    }

    /** The service over this organisation with other {@code settings}, e.g. a smaller minimum group. */
    static MetricsService service(MetricsSettings settings) {
        var graph = GraphClient.wrap(
                Neo4jFixture.get().driver(),
                Neo4jSettings.unauthenticated(Neo4jFixture.get().boltUri()));
        return new MetricsService(
                new MetricsRepository(graph),
                new CurriculumCache(new CurriculumRepository(graph)::load),
                settings,
                Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    static void load() {
        var neo4j = Neo4jFixture.get();
        neo4j.reset();
        neo4j.importer()
                .importBundle(new ByteArrayInputStream(BUNDLE.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());
        neo4j.query(HISTORY, Map.of());
    }

    private static final String BUNDLE = """
            {"skills": [{"id": "sql", "name": "SQL"}, {"id": "stats", "name": "Statistics"},
                        {"id": "viz", "name": "Visualisation"}, {"id": "cloud", "name": "Cloud"}],
             "roles": [{"id": "analyst", "title": "Analyst",
                        "needs": [{"skill": "sql", "level": 3, "importance": 5, "essential": true},
                                  {"skill": "stats", "level": 2, "importance": 4, "essential": true},
                                  {"skill": "viz", "level": 2, "importance": 2, "essential": false}]}],
             "modules": [{"id": "m-sql", "title": "SQL", "hours": 6, "modality": "course", "pacing": "self-paced",
                          "core": true, "passScore": 70, "status": "published", "teaches": [{"skill": "sql", "level": 3}]},
                         {"id": "m-stats", "title": "Statistics", "hours": 8, "modality": "course",
                          "pacing": "self-paced", "core": true, "status": "published",
                          "teaches": [{"skill": "stats", "level": 2}]}],
             "people": [
               {"id": "p1", "name": "P One", "department": "Data", "targetRole": "analyst", "targetSince": "2026-01-01",
                "enrolled": [{"module": "m-sql", "at": "2026-01-05"}, {"module": "m-stats", "at": "2026-03-01"}],
                "completed": [{"module": "m-sql", "at": "2026-01-30"}]},
               {"id": "p2", "name": "P Two", "department": "Data", "targetRole": "analyst", "targetSince": "2026-01-01",
                "enrolled": [{"module": "m-sql", "at": "2026-01-02"}, {"module": "m-stats", "at": "2026-01-12"}],
                "completed": [{"module": "m-sql", "at": "2026-01-10"}]},
               {"id": "p3", "name": "P Three", "department": "Data", "targetRole": "analyst", "targetSince": "2026-02-01",
                "enrolled": [{"module": "m-sql", "at": "2026-02-01"}],
                "completed": [{"module": "m-sql", "at": "2026-02-28"}]},
               {"id": "p4", "name": "P Four", "department": "Data", "targetRole": "analyst", "targetSince": "2026-03-01",
                "holds": [{"skill": "sql", "level": 3, "source": "assessment", "at": "2025-06-01"},
                          {"skill": "stats", "level": 2, "source": "manager", "at": "2026-04-01"}]},
               {"id": "p5", "name": "P Five", "department": "Data", "targetRole": "analyst", "targetSince": "2026-05-01",
                "enrolled": [{"module": "m-sql", "at": "2026-05-02"}]},
               {"id": "p6", "name": "P Six", "department": "Data",
                "enrolled": [{"module": "m-sql", "at": "2026-01-15"}]},
               {"id": "coach", "name": "A Coach", "department": "Ops",
                "coaching": {"optIn": true, "capacity": 3},
                "coaches": [{"learner": "p2", "since": "2026-01-05", "skills": ["stats"]},
                            {"learner": "p4", "since": "2026-03-15", "skills": ["viz"]},
                            {"learner": "p5", "since": "2026-06-01", "skills": ["sql", "stats"]}]}],
             "cohorts": [{"id": "c-test", "name": "Test cohort", "members": ["p1", "p2", "p3", "p4", "p5", "p6"]}]}
            """;

    /** Evidence, attempts and the end of a pair: what the bundle format does not carry (yet). */
    private static final String HISTORY = """
            UNWIND [
              ['p1', 'sql', 'assessment', 3, '2026-01-31', null],
              ['p1', 'stats', 'assessment', 2, '2026-03-02', null],
              ['p1', 'cloud', 'badge', 2, '2025-01-10', '2025-06-30'],
              ['p2', 'sql', 'completion', 3, '2026-01-11', null],
              ['p2', 'stats', 'assessment', 2, '2026-01-21', null],
              ['p3', 'sql', 'completion', 3, '2026-03-01', null],
              ['p6', 'viz', 'self', 2, '2025-09-01', null],
              ['p6', 'viz', 'assessment', 1, '2025-10-01', null]] AS e
            MATCH (p:Person {id: e[0]}), (s:Skill {id: e[1]})
            CREATE (p)-[:HAS_EVIDENCE]->(:Evidence {id: e[0] + '-' + e[1] + '-' + e[4], source: e[2], level: e[3],
                     at: date(e[4]), expiresAt: CASE WHEN e[5] IS NULL THEN null ELSE date(e[5]) END,
                     recordedAt: date(e[4])})-[:FOR]->(s)
            WITH count(*) AS evidence
            UNWIND [['p1', '2026-01-20', 55, false], ['p1', '2026-01-30', 80, true], ['p2', '2026-01-10', 90, true],
                    ['p3', '2026-02-20', 40, false], ['p3', '2026-02-25', 60, false], ['p3', '2026-02-28', 75, true],
                    ['p6', '2026-02-01', 30, false]] AS a
            MATCH (p:Person {id: a[0]}), (m:Module {id: 'm-sql'})
            CREATE (p)-[:ATTEMPTED {at: date(a[1]), score: a[2], passed: a[3]}]->(m)
            WITH count(*) AS attempts
            MATCH (:Person {id: 'coach'})-[c:COACHES]->(:Person {id: 'p2'})
            SET c.endedAt = date('2026-02-01')
            RETURN attempts
            """;
}
