package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.skillgraph.seed.testing.Bundles.load;
import static org.skillgraph.seed.testing.Bundles.refused;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.testing.Bundles;
import org.skillgraph.seed.testing.Neo4jFixture;

class BundleImporterIT {

    private static final String BASE = """
            {"topics": [{"id": "t-data", "name": "Data"}],
             "skills": [
               {"id": "spreadsheets", "name": "Spreadsheets", "topics": ["t-data"]},
               {"id": "modelling", "name": "Relational modelling", "requires": [{"skill": "spreadsheets", "level": 2}]},
               {"id": "sql", "name": "SQL", "aliases": ["structured query language"],
                "requires": [{"skill": "modelling", "level": 2}]}],
             "roles": [{"id": "analyst", "title": "Analyst", "needs": [{"skill": "sql", "level": 3, "importance": 5, "essential": true}]},
                       {"id": "senior", "title": "Senior analyst", "leadsTo": [{"role": "analyst", "kind": "lateral"}]}],
             "modules": [{"id": "m-sql", "title": "SQL", "hours": 6, "modality": "course", "pacing": "self-paced",
                          "core": true, "status": "published", "teaches": [{"skill": "sql", "level": 3}]}],
             "people": [{"id": "p-1", "name": "Ada", "role": "analyst", "targetRole": "senior", "targetSince": "2026-01-10",
                         "coaching": {"optIn": true, "capacity": 2},
                         "holds": [{"skill": "sql", "level": 2, "source": "self", "at": "2026-02-01"}]},
                        {"id": "p-2", "name": "Bo", "manager": "p-1"}],
             "cohorts": [{"id": "c-1", "name": "Cohort", "members": ["p-1", "p-2"]}],
             "badges": [{"id": "b-sql", "name": "SQL badge", "certifies": [{"skill": "sql", "level": 3}]}]}
            """;

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final BundleImporter importer = neo4j.importer();

    @BeforeEach
    void emptyGraph() {
        neo4j.reset();
    }

    private List<Long> graphSize() {
        return List.of((Long) neo4j.query("MATCH (n) RETURN count(n)", Map.of()).get(0), (Long)
                neo4j.query("MATCH ()-[r]->() RETURN count(r)", Map.of()).get(0));
    }

    @Test
    void shouldWriteEverySectionOfAValidBundle() {
        var report = load(BASE);

        // 11 entities and the local framework of their skills; the hold has no evidence history, so it
        // stands alone (no Evidence node)
        assertThat(report.nodesCreated()).isEqualTo(12);
        assertThat(neo4j.query(
                        "MATCH (:Skill {id: 'sql'})-[r:REQUIRES]->(:Skill {id: 'modelling'}) RETURN r.level", Map.of()))
                .containsExactly(2L);
        assertThat(neo4j.query("MATCH (:Person {id: 'p-1'})-[h:HOLDS]->(:Skill {id: 'sql'}) RETURN h.at", Map.of()))
                .containsExactly(java.time.LocalDate.of(2026, 2, 1));
        assertThat(neo4j.query("MATCH (:Person {id: 'p-2'})-[:REPORTS_TO]->(m) RETURN m.id", Map.of()))
                .containsExactly("p-1");
        assertThat(neo4j.query("MATCH (m:Meta) RETURN m.version", Map.of())).containsExactly(report.version());
    }

    @Test
    void shouldChangeNothingWhenTheSameBundleIsImportedAgain() {
        load(BASE);
        var sizes = graphSize();
        var fingerprint = neo4j.fingerprint();
        var frameworks = Bundles.frameworkChanges();

        var again = load(BASE);

        assertThat(graphSize()).isEqualTo(sizes);
        assertThat(neo4j.fingerprint()).isEqualTo(fingerprint);
        assertThat(Bundles.frameworkChanges())
                .as("lastChangedAt of every framework")
                .isEqualTo(frameworks);
        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(again.relationshipsDeleted()).isZero();
    }

    @Test
    void shouldKeepTheGraphVersionsWhenTheSameBundleIsImportedAgain() {
        var first = load(BASE);
        var versions = versions();

        var again = load(BASE);

        assertThat(again.version()).isEqualTo(first.version());
        assertThat(versions()).isEqualTo(versions);
    }

    @Test
    void shouldMoveTheGraphVersionWhenTheBundleDiffersOrTheGraphWasWrittenSince() {
        var first = load(BASE);
        var other = load("{\"topics\": [{\"id\": \"t-other\", \"name\": \"Other\"}]}");
        var back = load(BASE);
        neo4j.query("MATCH (m:Meta) SET m.version = m.version + 1, m.orgVersion = m.orgVersion + 1 RETURN 1", Map.of());
        var afterAnEdit = load(BASE);

        assertThat(other.version()).isEqualTo(first.version() + 1);
        assertThat(back.version()).isEqualTo(other.version() + 1);
        assertThat(afterAnEdit.version()).isEqualTo(back.version() + 2);
        assertThat(versions().get(1))
                .as("org version: people imported after a person write")
                .isEqualTo(4L);
    }

    /** Meta's curriculum and org chart versions. */
    private List<Long> versions() {
        return List.of(
                (Long) neo4j.query("MATCH (m:Meta) RETURN m.version", Map.of()).get(0),
                (Long) neo4j.query("MATCH (m:Meta) RETURN m.orgVersion", Map.of())
                        .get(0));
    }

    @Test
    void shouldImportEvidenceHistoryAndAttemptsOnceAndRecordAHoldWithHistoryAsEvidence() {
        load(BASE);
        var history = """
                {"people": [{"id": "p-1", "name": "Ada",
                  "evidence": [{"skill": "sql", "source": "self", "level": 1, "at": "2025-06-01"},
                               {"skill": "sql", "source": "self", "level": 2, "at": "2026-02-01"},
                               {"skill": "sql", "source": "assessment", "level": 3, "at": "2025-09-01", "score": 71,
                                "expiresAt": "2026-01-31"}],
                  "attempts": [{"module": "m-sql", "at": "2025-08-20", "score": 55, "passed": false},
                               {"module": "m-sql", "at": "2025-09-01", "score": 71, "passed": true}]}]}
                """;
        load(history);
        var sizes = graphSize();
        var fingerprint = neo4j.fingerprint();
        var again = load(history);

        assertThat(again.nodesCreated()).isZero();
        assertThat(graphSize()).isEqualTo(sizes);
        assertThat(neo4j.fingerprint()).isEqualTo(fingerprint);
        // three pieces of history, the hold (sql 2 self 2026-02-01) being one of them
        assertThat(neo4j.query(
                        "MATCH (:Person {id: 'p-1'})-[:HAS_EVIDENCE]->(e)-[:FOR]->(:Skill {id: 'sql'}) RETURN count(e)",
                        Map.of()))
                .containsExactly(3L);
        assertThat(neo4j.query(
                        "MATCH (:Person {id: 'p-1'})-[a:ATTEMPTED]->(:Module {id: 'm-sql'}) RETURN a.passed ORDER BY a.at",
                        Map.of()))
                .containsExactly(false, true);
        assertThat(neo4j.query("MATCH (e:Evidence {level: 3}) RETURN e.expiresAt", Map.of()))
                .containsExactly(java.time.LocalDate.of(2026, 1, 31));
    }

    @Test
    void shouldRefuseEvidenceAndAttemptsNamingUnknownSkillsAndModules() {
        var problems = refused("""
                {"people": [{"id": "p-9", "name": "Nine",
                  "evidence": [{"skill": "cobol", "source": "self", "level": 1, "at": "2025-06-01"}],
                  "attempts": [{"module": "m-none", "at": "2025-08-20", "score": 55, "passed": false}]}]}
                """);
        assertThat(problems)
                .extracting(BundleProblem::pointer)
                .contains("/people/0/evidence/0/skill", "/people/0/attempts/0/module");
    }

    @Test
    void shouldReplaceAPersonsRoleButKeepPropertiesTheBundleLeavesOut() {
        load(BASE);

        load("""
                {"people": [{"id": "p-1", "name": "Ada B.", "role": "senior"}]}
                """);

        assertThat(neo4j.query("MATCH (:Person {id: 'p-1'})-[:IN_ROLE]->(r) RETURN r.id", Map.of()))
                .containsExactly("senior");
        assertThat(neo4j.query("MATCH (p:Person {id: 'p-1'}) RETURN p.name + '/' + p.coachingCapacity", Map.of()))
                .containsExactly("Ada B./2");
    }

    @Test
    void shouldAcceptReferencesToEntitiesAlreadyInTheGraph() {
        load(BASE);

        var report = load("""
                {"people": [{"id": "p-3", "name": "Cy", "role": "analyst", "manager": "p-1",
                             "holds": [{"skill": "sql", "level": 4, "source": "assessment", "at": "2026-03-03"}]}]}
                """);

        // the person (a hold without evidence history stands alone); IN_ROLE, REPORTS_TO and HOLDS
        assertThat(report.nodesCreated()).isEqualTo(1);
        assertThat(report.relationshipsCreated()).isEqualTo(3);
    }

    @Test
    void shouldRefuseSchemaViolationsWithTheirPointers() {
        var problems = refused("""
                {"skills": [{"id": "x", "name": "X", "requires": [{"skill": "y", "level": 7}]}],
                 "modules": [{"id": "m", "title": "M", "hours": 0, "modality": "course", "pacing": "self-paced",
                              "core": true, "status": "published"}],
                 "people": [{"id": "p", "name": "P", "holds": [{"skill": "x", "level": -1, "source": "self", "at": "2026-13-01"}]}],
                 "roles": [{"id": "r", "titel": "typo"}]}
                """);

        assertThat(problems)
                .extracting(BundleProblem::pointer)
                .contains(
                        "/skills/0/requires/0/level",
                        "/modules/0/hours",
                        "/people/0/holds/0/level",
                        "/people/0/holds/0/at",
                        "/roles/0/title",
                        "/roles/0/titel");
    }

    @Test
    void shouldRefuseUnknownReferencesAndDuplicateIds() {
        var problems = refused("""
                {"skills": [{"id": "x", "name": "X", "topics": ["t-missing"], "requires": [{"skill": "ghost", "level": 2}]},
                            {"id": "x", "name": "X again"}],
                 "people": [{"id": "p", "name": "P", "role": "no-role", "manager": "p"}]}
                """);

        assertThat(problems)
                .extracting(BundleProblem::pointer)
                .containsExactlyInAnyOrder(
                        "/skills/1/id",
                        "/skills/0/topics/0",
                        "/skills/0/requires/0/skill",
                        "/people/0/role",
                        "/people/0/manager",
                        "/people/0/manager");
        assertThat(problems)
                .extracting(BundleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("unknown skill 'ghost'"));
    }

    @Test
    void shouldRefuseAPrerequisiteCycleAndNameIt() {
        var problems = refused("""
                {"skills": [{"id": "a", "name": "A", "requires": [{"skill": "b", "level": 1}]},
                            {"id": "b", "name": "B", "requires": [{"skill": "c", "level": 1}]},
                            {"id": "c", "name": "C", "requires": [{"skill": "a", "level": 1}]}]}
                """);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("prerequisite cycle: ").contains("a -> b -> c -> a");
            assertThat(p.pointer()).startsWith("/skills/");
        });
    }

    @Test
    void shouldRefuseACycleClosedWithPrerequisitesAlreadyInTheGraph() {
        load(BASE);

        var problems = refused("""
                {"skills": [{"id": "spreadsheets", "name": "Spreadsheets", "requires": [{"skill": "sql", "level": 1}]}]}
                """);

        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("prerequisite cycle")
                        .contains("sql")
                        .contains("spreadsheets"));
    }

    @Test
    void shouldRefuseReportingLineAndTaxonomyCycles() {
        var problems = refused("""
                {"topics": [{"id": "t1", "name": "T1", "broader": ["t2"]}, {"id": "t2", "name": "T2", "broader": ["t1"]}],
                 "people": [{"id": "p1", "name": "P1", "manager": "p2"}, {"id": "p2", "name": "P2", "manager": "p1"}]}
                """);

        assertThat(problems)
                .extracting(BundleProblem::message)
                .anySatisfy(m -> assertThat(m).startsWith("topic hierarchy cycle"))
                .anySatisfy(m -> assertThat(m).startsWith("reporting-line cycle"));
    }

    @Test
    void shouldWriteNothingWhenOneRecordOfAManyIsBad() {
        var people = new StringBuilder("{\"people\": [");
        for (int i = 0; i < 500; i++) {
            people.append("{\"id\": \"p-")
                    .append(i)
                    .append("\", \"name\": \"Person ")
                    .append(i)
                    .append("\"},");
        }
        people.append("{\"id\": \"p-bad\", \"name\": \"Bad\", \"role\": \"no-such-role\"}]}");

        var problems = refused(people.toString());

        assertThat(problems).extracting(BundleProblem::pointer).containsExactly("/people/500/role");
        assertThat(neo4j.query("MATCH (p:Person) RETURN count(p)", Map.of())).containsExactly(0L);
    }

    @Test
    void shouldRefuseMalformedAndOverlyDeepJson() {
        assertThat(refused("{\"skills\": ["))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not valid JSON"));
        var deep = "[".repeat(100) + "]".repeat(100);
        assertThat(refused("{\"meta\": {\"x\": " + deep + "}}"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("nesting depth"));
    }

    @Test
    void shouldReportProgressUpToTheTotal() {
        var updates = new java.util.ArrayList<Long>();
        importer.importBundle(new ByteArrayInputStream(BASE.getBytes(StandardCharsets.UTF_8)), (step, done, total) -> {
            assertThat(done).isLessThanOrEqualTo(total);
            updates.add(done);
        });

        assertThat(updates).isNotEmpty().isSorted();
    }

    @Test
    void shouldThrowTheValidationExceptionType() {
        assertThatExceptionOfType(BundleValidationException.class)
                .isThrownBy(() -> load("[]"))
                .satisfies(e -> assertThat(e.problems()).isNotEmpty());
    }
}
