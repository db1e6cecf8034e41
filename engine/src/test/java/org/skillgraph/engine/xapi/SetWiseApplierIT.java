package org.skillgraph.engine.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.TransactionContext;
import org.skillgraph.cypher.CypherResources;
import org.skillgraph.engine.evidence.LevelRules;
import org.skillgraph.engine.evidence.ModuleResultService;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * The set-wise applier leaves exactly the graph the one-statement-at-a-time applier it replaced leaves
 * ({@link SequentialStatementApplier}, the oracle): the same statuses and reasons, attempts, completions, evidence,
 * levels and badges, for seeded random batches over a few people and modules of the demo organisation (so results
 * of one person and module repeat, pass, fail and lower levels again within a batch), with unmapped actors and
 * activities, unsupported verbs, a replay after a mapping appears, and a second batch on top.
 */
class SetWiseApplierIT {

    private static final LocalDate TODAY =
            Neo4jFixture.ANCHOR_CLOCK.instant().atZone(ZoneOffset.UTC).toLocalDate();
    private static final String ACTIVITY = "https://lms.example.org/modules/";
    private static final String UNSUPPORTED = "http://adlnet.gov/expapi/verbs/attempted";

    interface Applier {
        List<Outcome> apply(TransactionContext tx, List<Pending> statements);
    }

    /** What a run left: every outcome in order, and the graph's people data as sorted text rows per kind. */
    record Run(List<Outcome> outcomes, Map<String, List<String>> graph) {}

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void shouldLeaveTheSameGraphAsApplyingTheStatementsOneAtATime(long seed) {
        var setWise = run(seed, StatementApplier::new);
        var oneAtATime = run(seed, SequentialStatementApplier::new);

        assertThat(setWise.outcomes()).isEqualTo(oneAtATime.outcomes());
        setWise.graph()
                .forEach((kind, rows) -> assertThat(rows)
                        .as(kind)
                        .containsExactlyElementsOf(oneAtATime.graph().get(kind)));
        assertThat(setWise.outcomes())
                .extracting(Outcome::status)
                .contains(Outcome.APPLIED, Outcome.NOTED, Outcome.UNMAPPED, Outcome.UNSUPPORTED);
        assertThat(setWise.outcomes()).extracting(Outcome::reason).contains("passed", "attempt recorded");
        assertThat(setWise.graph().get("evidence")).hasSizeGreaterThan(demoEvidence);
    }

    private static int demoEvidence;

    private Run run(long seed, java.util.function.Function<ModuleResultService, Object> make) {
        var neo4j = Neo4jFixture.get();
        neo4j.reset();
        neo4j.useDemo();
        demoEvidence = ((Number) neo4j.query("MATCH (e:Evidence) RETURN count(e)", Map.of())
                        .get(0))
                .intValue();
        var graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
        var results = new ModuleResultService(graph, LevelRules.defaults(), Neo4jFixture.ANCHOR_CLOCK);
        var made = make.apply(results);
        Applier applier = made instanceof StatementApplier a ? a::apply : ((SequentialStatementApplier) made)::apply;

        var random = new Random(seed);
        var people = strings(neo4j.query("MATCH (p:Person) RETURN p.id ORDER BY p.id", Map.of()));
        // Modules teaching a skill some badge certifies first, so that badges are met and missed.
        var modules = strings(neo4j.query(
                "MATCH (m:Module)-[:TEACHES]->(s:Skill) OPTIONAL MATCH (s)<-[:CERTIFIES]-(b:Badge)"
                        + " WITH m, count(b) AS badges RETURN m.id ORDER BY badges DESC, m.id LIMIT 8",
                Map.of()));
        var chosen = new ArrayList<String>();
        for (int i = 0; i < 6; i++) {
            chosen.add(people.get(random.nextInt(people.size())));
        }
        var mapped = chosen.subList(0, 5);
        var late = chosen.get(5);
        for (var person : mapped) {
            neo4j.query(
                    "MATCH (p:Person {id: $id}) SET p.externalIds = [$key] RETURN 1",
                    Map.of("id", person, "key", key(person)));
        }
        for (var module : modules.subList(0, 7)) {
            neo4j.query(
                    "MATCH (m:Module {id: $id}) SET m.activityIds = [$activity] RETURN 1",
                    Map.of("id", module, "activity", ACTIVITY + module));
        }

        // Some of their evidence was retracted (as write/evidence-retract marks it, holds left as they were): it must
        // no longer count, nor the holds it decided.
        for (var person : chosen.subList(0, 3)) {
            neo4j.query(
                    "MATCH (:Person {id: $id})-[:HAS_EVIDENCE]->(e:Evidence) WITH e ORDER BY e.id LIMIT 3"
                            + " SET e.retractedAt = datetime('2026-01-01T00:00:00Z'), e.retractReason = 'test'"
                            + " RETURN count(e)",
                    Map.of("id", person));
        }

        var outcomes = new ArrayList<Outcome>();
        outcomes.addAll(ingest(graph, applier, batch(random, chosen, modules, 120)));
        // A mapping appears for the sixth person: their waiting statements are replayed.
        neo4j.query(
                "MATCH (p:Person {id: $id}) SET p.externalIds = [$key] RETURN 1", Map.of("id", late, "key", key(late)));
        outcomes.addAll(graph.write(tx -> applier.apply(
                tx,
                tx.run(
                                CypherResources.statement("xapi/statements-waiting"),
                                mapOf("actorKeys", List.of(key(late)), "activityIds", null, "limit", 1000))
                        .list(PendingRows::of))));
        outcomes.addAll(ingest(graph, applier, batch(random, chosen, modules, 80)));
        return new Run(outcomes, snapshot(neo4j));
    }

    private static List<Outcome> ingest(GraphClient graph, Applier applier, List<Pending> batch) {
        return graph.write(tx -> {
            var rows = new ArrayList<Map<String, Object>>();
            for (var s : batch) {
                rows.add(mapOf(
                        "id",
                        s.id(),
                        "stored",
                        s.stored(),
                        "actorKey",
                        s.actorKey(),
                        "verb",
                        s.verb(),
                        "activityId",
                        s.activityId(),
                        "score",
                        s.score(),
                        "success",
                        s.success(),
                        "completion",
                        s.completion(),
                        "at",
                        s.at(),
                        "raw",
                        "{}"));
            }
            tx.run(CypherResources.statement("xapi/statements-create"), Map.of("rows", rows))
                    .consume();
            return applier.apply(tx, batch);
        });
    }

    private static List<Pending> batch(Random random, List<String> people, List<String> modules, int size) {
        var verbs = new ArrayList<String>();
        for (var verb : XapiVerb.values()) {
            verbs.add(verb.iri());
        }
        verbs.add(XapiVerb.PASSED.iri());
        verbs.add(XapiVerb.COMPLETED.iri());
        verbs.add(UNSUPPORTED);
        var batch = new ArrayList<Pending>();
        var stored = OffsetDateTime.of(TODAY.atTime(9, 0), ZoneOffset.UTC);
        for (int i = 0; i < size; i++) {
            int who = random.nextInt(people.size() + 1);
            var actor = who == people.size() ? "mailto:stranger@example.org" : key(people.get(who));
            int what = random.nextInt(modules.size());
            var activity = ACTIVITY + modules.get(what); // the eighth module has no activity id mapped
            var score = random.nextInt(5) == 0 ? null : (double) random.nextInt(101);
            // Days over three years, on few distinct days, so results of one day meet and decay applies.
            var at = TODAY.minusDays(random.nextInt(12) * 90L + random.nextInt(2));
            batch.add(new Pending(
                    new UUID(random.nextLong(), random.nextLong()).toString(),
                    stored,
                    actor,
                    verbs.get(random.nextInt(verbs.size())),
                    activity,
                    score,
                    random.nextBoolean(),
                    random.nextBoolean(),
                    at,
                    Outcome.UNMAPPED,
                    "not yet applied"));
        }
        return batch;
    }

    private static String key(String person) {
        return "mailto:" + person + "@example.org";
    }

    /** The people data a statement can change, as sorted text rows per kind (ids and recording times left out). */
    private static Map<String, List<String>> snapshot(Neo4jFixture neo4j) {
        var queries = new TreeMap<String, String>();
        queries.put(
                "evidence",
                "MATCH (p:Person)-[:HAS_EVIDENCE]->(e:Evidence)-[:FOR]->(s:Skill) RETURN p.id + '|' + s.id + '|'"
                        + " + e.source + '|' + e.level + '|' + toString(e.at) + '|' + coalesce(toString(e.score), '-')"
                        + " + '|' + coalesce(toString(e.confidence), '-') + '|' + coalesce(toString(e.expiresAt), '-')");
        queries.put(
                "holds",
                "MATCH (p:Person)-[h:HOLDS]->(s:Skill) RETURN p.id + '|' + s.id + '|' + h.level + '|'"
                        + " + coalesce(h.source, '-') + '|' + coalesce(toString(h.at), '-') + '|'"
                        + " + coalesce(toString(h.confidence), '-')");
        queries.put(
                "attempted",
                "MATCH (p:Person)-[a:ATTEMPTED]->(m:Module) RETURN p.id + '|' + m.id + '|' + toString(a.at) + '|'"
                        + " + coalesce(toString(a.score), '-') + '|' + toString(a.passed)");
        queries.put(
                "completed",
                "MATCH (p:Person)-[c:COMPLETED]->(m:Module) RETURN p.id + '|' + m.id + '|' + toString(c.at) + '|'"
                        + " + coalesce(toString(c.score), '-')");
        queries.put(
                "earned",
                "MATCH (p:Person)-[e:EARNED]->(b:Badge) RETURN p.id + '|' + b.id + '|' + coalesce(toString(e.at), '-')");
        queries.put(
                "statements",
                "MATCH (x:XapiStatement) RETURN x.id + '|' + x.status + '|' + x.reason + '|'"
                        + " + coalesce(x.personId, '-') + '|' + coalesce(x.moduleId, '-')");
        var snapshot = new TreeMap<String, List<String>>();
        queries.forEach((kind, cypher) -> {
            var rows = new ArrayList<>(strings(neo4j.query(cypher, Map.of())));
            rows.sort(null);
            snapshot.put(kind, rows);
        });
        return snapshot;
    }

    private static List<String> strings(List<Object> values) {
        return values.stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        var map = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
