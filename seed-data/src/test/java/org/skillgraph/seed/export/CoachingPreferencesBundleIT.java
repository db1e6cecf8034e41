package org.skillgraph.seed.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.bundle.BundleProblem;
import org.skillgraph.seed.bundle.ImportProgress;
import org.skillgraph.seed.testing.Bundles;
import org.skillgraph.seed.testing.Neo4jFixture;

/** Learners' and coaches' coaching preferences in the bundle: validated like the rest, exported as imported. */
class CoachingPreferencesBundleIT {

    private static final String BUNDLE = """
            {"skills": [{"id": "sql", "name": "SQL"}, {"id": "python", "name": "Python"}],
             "people": [
               {"id": "p-learner", "name": "Lee Learner",
                "coachingPreferences": {"format": "remote", "languages": ["English", "Spanish"],
                                        "timezone": "Europe/Dublin", "otherDepartment": true}},
               {"id": "p-coach", "name": "Cora Coach", "coaching": {"optIn": true, "capacity": 2},
                "coachingPreferences": {"wantsToCoach": ["sql", "python"],
                                        "availableFrom": "2026-01-01", "availableUntil": "2026-06-30"}},
               {"id": "p-none", "name": "Nora None"}]}
            """;

    private final Neo4jFixture neo4j = Neo4jFixture.get();
    private final BundleExporter exporter =
            new BundleExporter(neo4j.driver(), neo4j.sessionConfig(), Duration.ofMinutes(5));

    @Test
    void shouldExportThePreferencesItImportedAndImportTheExportUnchanged() {
        neo4j.reset();
        Bundles.load(BUNDLE);

        var first = exporter.export(true);
        var people = first.get("people");
        var coach = people.get(0).get("coachingPreferences");
        var learner = people.get(1).get("coachingPreferences");

        assertThat(people.get(0).get("id").asText()).isEqualTo("p-coach");
        assertThat(coach.get("wantsToCoach").toString()).isEqualTo("[\"sql\",\"python\"]");
        assertThat(coach.get("availableUntil").asText()).isEqualTo("2026-06-30");
        assertThat(learner.get("format").asText()).isEqualTo("remote");
        assertThat(learner.get("languages").toString()).isEqualTo("[\"English\",\"Spanish\"]");
        assertThat(learner.get("timezone").asText()).isEqualTo("Europe/Dublin");
        assertThat(learner.get("otherDepartment").asBoolean()).isTrue();
        assertThat(people.get(2).has("coachingPreferences")).isFalse();

        neo4j.reset();
        neo4j.importer().importBundle(new ByteArrayInputStream(BundleExporter.bytes(first)), ImportProgress.none());
        var second = exporter.export(true);

        assertThat(text(second)).isEqualTo(text(first));
    }

    @Test
    void shouldReplaceEveryStoredPreferenceWhenGivenAndKeepThemWhenLeftOut() {
        neo4j.reset();
        Bundles.load(BUNDLE);

        Bundles.load("""
                {"people": [{"id": "p-learner", "name": "Lee Learner", "coachingPreferences": {"format": "in-person"}},
                            {"id": "p-coach", "name": "Cora Coach"}]}
                """);

        var people = exporter.export(true).get("people");
        assertThat(people.get(1).get("coachingPreferences").toString()).isEqualTo("{\"format\":\"in-person\"}");
        assertThat(people.get(0).get("coachingPreferences").get("wantsToCoach")).hasSize(2);
    }

    @Test
    void shouldNameEveryBadPreferenceByPointer() {
        neo4j.reset();
        var problems = Bundles.refused("""
                {"skills": [{"id": "sql", "name": "SQL"}],
                 "people": [{"id": "p-1", "name": "One",
                             "coachingPreferences": {"format": "hologram", "timezone": "Mars/Base",
                                                     "wantsToCoach": ["sql", "levitation"],
                                                     "availableFrom": "2026-02-01", "availableUntil": "2026-01-01",
                                                     "mood": "sunny"}}]}
                """);

        assertThat(problems)
                .extracting(BundleProblem::pointer)
                .contains("/people/0/coachingPreferences/format", "/people/0/coachingPreferences/mood");
        assertThat(neo4j.modelNodeCount()).isZero();

        var semantic = Bundles.refused("""
                {"skills": [{"id": "sql", "name": "SQL"}],
                 "people": [{"id": "p-1", "name": "One",
                             "coachingPreferences": {"timezone": "Mars/Base", "wantsToCoach": ["sql", "levitation"],
                                                     "availableFrom": "2026-02-01", "availableUntil": "2026-01-01"}}]}
                """);
        assertThat(semantic)
                .extracting(BundleProblem::pointer)
                .containsExactly(
                        "/people/0/coachingPreferences/availableUntil",
                        "/people/0/coachingPreferences/timezone",
                        "/people/0/coachingPreferences/wantsToCoach/1");
        assertThat(neo4j.query("MATCH (p:Person) RETURN count(p)", Map.of()).get(0))
                .isEqualTo(0L);
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode bundle) {
        return new String(BundleExporter.bytes(bundle), StandardCharsets.UTF_8);
    }
}
