package org.skillgraph.api.http.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.neo4j.GraphClient;
import org.skillgraph.engine.neo4j.Neo4jSettings;
import org.skillgraph.engine.route.RoutePlanner;
import org.skillgraph.engine.taxonomy.ApplyChoices;
import org.skillgraph.engine.taxonomy.ChangeSetApplier;
import org.skillgraph.engine.taxonomy.ChangeSetStore;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.moodle.MoodleColumns;
import org.skillgraph.seed.moodle.MoodleImporter;
import org.skillgraph.seed.testing.Neo4jFixture;

/**
 * Seeded random Moodle framework CSVs on a real Neo4j: v1 is imported with Moodle's importer and people hold and
 * evidence its competencies; v2 (competencies dropped, renamed, re-described, moved, added) is read into a change
 * set and applied with random successors. The framework then reads exactly as a fresh import of v2 does (the
 * oracle), and no holding or evidence row is lost.
 */
class MoodleChangeSetPropertiesIT {

    private static final String FRAMEWORK = "FW";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC);

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final GraphClient graph = GraphClient.wrap(neo4j.driver(), Neo4jSettings.unauthenticated(neo4j.boltUri()));
    private final ChangeSetStore store =
            new ChangeSetStore(graph, CLOCK, new CurriculumRepository(graph)::load, new RoutePlanner());
    private final ChangeSetApplier applier = new ChangeSetApplier(graph, CLOCK);

    /** A competency of a generated version: number, parent number (or -1), name, description. */
    private record Row(int number, int parent, String name, String description) {}

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void shouldLeaveWhatAFreshImportOfTheNextVersionLeavesAndEveryLearnerRecord(long seed) {
        var random = new Random(seed);
        var v1 = first(random);
        var v2 = next(random, v1);
        neo4j.reset();
        new MoodleImporter(neo4j.importer()).importCsv("v1.csv", csv(v1), false, ImportProgress.none());
        neo4j.importer().importBundle(people(random, v1), ImportProgress.none());
        long holdings = count("MATCH ()-[h:HOLDS]->() RETURN count(h)");
        long evidence = count("MATCH (e:Evidence) RETURN count(e)");
        assertThat(holdings).as("seed %d", seed).isPositive();

        var next = BundleCurriculum.of(MoodleImporter.bundle("v2.csv", csv(v2)), FRAMEWORK, VersionFormat.MOODLE);
        var cs = store.create(FRAMEWORK, next, "v2.csv", "test");
        var choices = new ArrayList<ApplyChoices.Choice>();
        for (var e : store.entries(cs.id(), "skill-removed", null, null, 200).items()) {
            if (random.nextBoolean() && !next.skills().isEmpty()) {
                var successor =
                        next.skills().get(random.nextInt(next.skills().size())).id();
                choices.add(new ApplyChoices.Choice(
                        e.id(), "replace", List.of(new ApplyChoices.Successor(successor, null))));
            }
        }
        var result = applier.apply(FRAMEWORK, cs.id(), new ApplyChoices(choices), "test");
        var applied = store.stored(FRAMEWORK, List.of());

        assertThat(count("MATCH ()-[h:HOLDS]->() WHERE h.migratedFrom IS NULL RETURN count(h)"))
                .as("seed %d", seed)
                .isEqualTo(holdings);
        assertThat(count("MATCH (e:Evidence) WHERE e.migratedFrom IS NULL RETURN count(e)"))
                .isEqualTo(evidence);
        assertThat(count("MATCH ()-[h:HOLDS]->() RETURN count(h)")).isEqualTo(holdings + result.holdings());
        assertThat(count("MATCH (e:Evidence) RETURN count(e)")).isEqualTo(evidence + result.evidence());
        assertThat(applied).isEqualTo(next);

        neo4j.reset();
        new MoodleImporter(neo4j.importer()).importCsv("v2.csv", csv(v2), false, ImportProgress.none());
        assertThat(store.stored(FRAMEWORK, List.of())).as("seed %d", seed).isEqualTo(applied);
    }

    private static List<Row> first(Random random) {
        var rows = new ArrayList<Row>();
        int n = 5 + random.nextInt(20);
        for (int i = 0; i < n; i++) {
            rows.add(
                    new Row(i, parent(random, i, rows), "Competency " + i, random.nextInt(3) == 0 ? "" : "About " + i));
        }
        return rows;
    }

    /** About a fifth dropped, a few renamed, re-described or moved, up to four added. */
    private static List<Row> next(Random random, List<Row> first) {
        var rows = new ArrayList<Row>();
        int top = 0;
        for (var r : first) {
            top = Math.max(top, r.number());
            if (random.nextInt(5) == 0) {
                continue;
            }
            var kept = rows.stream().anyMatch(x -> x.number() == r.parent());
            int parent = kept && random.nextInt(4) != 0 ? r.parent() : parent(random, r.number(), rows);
            var name = random.nextInt(6) == 0 ? r.name() + " (revised)" : r.name();
            var description = random.nextInt(6) == 0 ? "Now " + r.number() : r.description();
            rows.add(new Row(r.number(), parent, name, description));
        }
        int added = random.nextInt(5);
        for (int i = 1; i <= added; i++) {
            rows.add(new Row(top + i, parent(random, top + i, rows), "Competency " + (top + i), ""));
        }
        return rows;
    }

    private static int parent(Random random, int number, List<Row> lower) {
        var candidates =
                lower.stream().filter(r -> r.number() < number).map(Row::number).toList();
        return candidates.isEmpty() || random.nextBoolean() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }

    private static byte[] csv(List<Row> rows) {
        var lines = new ArrayList<String>();
        lines.add(line(MoodleColumns.HEADERS));
        lines.add(line(List.of("", FRAMEWORK, "Random framework", "", "2", "", "", "", "", "", "", "", "1", "")));
        for (var r : rows) {
            lines.add(line(List.of(
                    r.parent() < 0 ? "" : "c" + r.parent(),
                    "c" + r.number(),
                    r.name(),
                    r.description(),
                    MoodleColumns.PLAIN_TEXT,
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "")));
        }
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One CSV line, every field quoted (the generated values hold no quote). */
    private static String line(List<String> fields) {
        return fields.stream().map(f -> "\"" + f + "\"").collect(java.util.stream.Collectors.joining(","));
    }

    /** Eight people holding (and evidencing) about a third of v1's competencies each. */
    private static ByteArrayInputStream people(Random random, List<Row> v1) {
        var people = new ArrayList<String>();
        for (int p = 0; p < 8; p++) {
            var holds = new ArrayList<String>();
            var evidence = new ArrayList<String>();
            for (var r : v1) {
                if (random.nextInt(3) == 0) {
                    int level = 1 + random.nextInt(5);
                    var at = "2025-%02d-01".formatted(1 + random.nextInt(12));
                    holds.add("{\"skill\": \"c%d\", \"level\": %d, \"source\": \"assessment\", \"at\": \"%s\"}"
                            .formatted(r.number(), level, at));
                    evidence.add("{\"skill\": \"c%d\", \"level\": %d, \"source\": \"assessment\", \"at\": \"%s\"}"
                            .formatted(r.number(), level, at));
                }
            }
            people.add("{\"id\": \"p-%d\", \"name\": \"Person %d\", \"holds\": [%s], \"evidence\": [%s]}"
                    .formatted(p, p, String.join(", ", holds), String.join(", ", evidence)));
        }
        var json = "{\"people\": [" + String.join(", ", people) + "]}";
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    private long count(String cypher) {
        return (Long) neo4j.query(cypher, Map.of()).get(0);
    }
}
