package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.pointers;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Priorities and what-if on people over real HTTP on the demo: JSON, CSV that parses back, bad input by field. */
class DesignerDecisionsApiIT {

    private static final String ANALYSTS = "cohort=c-2026-q1-data-analysts";

    @Test
    void shouldAnswerPrioritiesAsJsonAndTheSameAsCsv() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/metrics/priorities?" + ANALYSTS + "&limit=2"));
            var csv = client.get("/api/v1/metrics/priorities?" + ANALYSTS + "&limit=2&format=csv");

            assertThat(answer.get("suppressed").asBoolean()).isFalse();
            assertThat(answer.get("skills")).hasSize(2);
            assertThat(answer.get("modules")).hasSize(2);
            assertThat(csv.code()).isEqualTo(200);
            var rows = csv(csv);
            assertThat(rows).extracting(r -> r.get("kind")).containsExactly("skill", "skill", "module", "module");
            assertThat(rows.get(0).get("id"))
                    .isEqualTo(answer.get("skills").get(0).get("skillId").asText());
            assertThat(rows.get(0).get("explanation"))
                    .isEqualTo(answer.get("skills").get(0).get("explanation").asText());
            assertThat(rows.get(2).get("hoursSaved"))
                    .isEqualTo(answer.get("modules")
                            .get(0)
                            .get("memberHoursRemoved")
                            .asText());
        });
    }

    @Test
    void shouldNameBadPriorityParametersAndUnknownCohorts() {
        withDemo((app, client) -> {
            var bad = client.get("/api/v1/metrics/priorities?limit=0&format=xml");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(pointers(json(bad))).containsExactlyInAnyOrder("query:limit", "query:format");
            assertThat(client.get("/api/v1/metrics/priorities?cohort=c-nobody").code())
                    .isEqualTo(404);
        });
    }

    @Test
    void shouldGiveNoPriorityOrImpactFigureAboutADepartmentOfOnePerson() {
        withDemo((app, client) -> {
            var priorities = ok(client.get("/api/v1/metrics/priorities?department=Executive"));
            var whatIf = ok(client.post("/api/v1/curriculum/what-if", """
                    {"changes": [{"op": "set-hours", "module": "m-sql-advanced", "hours": 4}],
                     "population": {"department": "Executive"}}
                    """));

            assertThat(priorities.get("suppressed").asBoolean()).isTrue();
            assertThat(priorities.get("people").isNull()).isTrue();
            assertThat(priorities.get("skills")).isEmpty();
            var people = whatIf.get("people");
            assertThat(people.get("suppressed").asBoolean()).isTrue();
            assertThat(people.get("people").isNull()).isTrue();
            assertThat(people.get("routesShorter").isNull()).isTrue();
            assertThat(people.get("hoursSaved").isNull()).isTrue();
        });
    }

    @Test
    void shouldSpeakAboutPeopleOnlyWhenAPopulationIsAsked() {
        withDemo((app, client) -> {
            var body = """
                    {"changes": [{"op": "set-need", "role": "data-analyst", "skill": "sql", "level": 2}]%s}
                    """;
            var roles = ok(client.post("/api/v1/curriculum/what-if", body.formatted("")));
            var everyone = ok(client.post("/api/v1/curriculum/what-if", body.formatted(", \"population\": {}")));

            assertThat(roles.has("people")).isFalse();
            var people = everyone.get("people");
            assertThat(people.get("suppressed").asBoolean()).isFalse();
            assertThat(people.get("gapChanged").asInt()).isPositive();
            assertThat(people.get("summary").asText()).startsWith("If these changes were made");
            assertThat(everyone.get("rolesChanged").asInt())
                    .isEqualTo(roles.get("rolesChanged").asInt());
        });
    }

    @Test
    void shouldPointAtEveryBadFieldOfTheNewOperations() {
        withDemo((app, client) -> {
            var shape = client.post("/api/v1/curriculum/what-if", """
                    {"changes": [{"op": "add-module", "module": "m-new", "hours": 3, "modality": "podcast"},
                                 {"op": "set-teaches", "module": "m-sql-advanced", "teaches": [{"skill": "sql", "level": 9}]},
                                 {"op": "set-need", "role": "data-analyst", "skill": "sql"}]}
                    """);
            var references = client.post("/api/v1/curriculum/what-if", """
                    {"changes": [{"op": "add-module", "module": "m-sql-advanced", "hours": 3, "modality": "video",
                                  "teaches": [{"skill": "no-such-skill", "level": 3}]},
                                 {"op": "set-need", "role": "astronaut", "skill": "sql", "level": 3},
                                 {"op": "add-prerequisite", "skill": "sql", "prerequisite": "query-tuning", "level": 2}]}
                    """);
            var population = client.post("/api/v1/curriculum/what-if", """
                    {"changes": [{"op": "retire-module", "module": "m-sql-advanced"}],
                     "population": {"cohort": "c-nobody"}}
                    """);

            assertThat(shape.code()).isEqualTo(400);
            assertThat(pointers(json(shape)))
                    .containsExactlyInAnyOrder(
                            "/changes/0/teaches",
                            "/changes/0/modality",
                            "/changes/1/teaches/0/level",
                            "/changes/2/level");
            assertThat(references.code()).isEqualTo(400);
            assertThat(pointers(json(references)))
                    .containsExactly(
                            "/changes/0/module",
                            "/changes/0/teaches/0/skill",
                            "/changes/1/role",
                            "/changes/2/prerequisite");
            assertThat(population.code()).isEqualTo(400);
            assertThat(pointers(json(population))).containsExactly("/population/cohort");
        });
    }

    private static List<CSVRecord> csv(io.javalin.testtools.Response response) {
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body().string()))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
