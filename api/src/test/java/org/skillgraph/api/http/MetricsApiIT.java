package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.json;
import static org.skillgraph.api.http.ApiFixture.ok;
import static org.skillgraph.api.http.ApiFixture.withDemo;

import io.javalin.testtools.Response;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The metrics routes over real HTTP on the demo organisation: JSON, CSV that parses back, bad input. */
class MetricsApiIT {

    @Test
    void shouldAnswerTimeToCompetencyWithCensoringAndACoachingSplit() {
        withDemo((app, client) -> {
            var answer = ok(client.get("/api/v1/metrics/time-to-competency"));

            var all = answer.get("all");
            assertThat(answer.get("asOf").asText()).isEqualTo("2026-11-29");
            assertThat(all.get("suppressed").asBoolean()).isFalse();
            assertThat(all.get("people").asInt())
                    .isEqualTo(all.get("reached").asInt() + all.get("censored").asInt())
                    .isEqualTo(answer.get("people").asInt()
                            - answer.get("notObserved").asInt());
            assertThat(all.get("censored").asInt()).isPositive();
            assertThat(all.get("distribution")).isNotEmpty();
            assertThat(answer.get("coached").get("name").asText()).isEqualTo("coached");
        });
    }

    @Test
    void shouldAnswerTheSameFiguresAsCsv() {
        withDemo((app, client) -> {
            var jsonAnswer = ok(client.get("/api/v1/metrics/time-to-competency?cohort=c-2026-q1-data-analysts"));
            var csv = client.get("/api/v1/metrics/time-to-competency?cohort=c-2026-q1-data-analysts&format=csv");

            assertThat(csv.code()).isEqualTo(200);
            assertThat(contentType(csv)).startsWith("text/csv");
            var rows = csv(csv);
            var summary = rows.stream()
                    .filter(r -> r.get("group").equals("all") && r.get("row").equals("summary"))
                    .findFirst()
                    .orElseThrow();
            var all = jsonAnswer.get("all");
            assertThat(summary.get("suppressed"))
                    .isEqualTo(all.get("suppressed").asText());
            assertThat(summary.get("people"))
                    .isEqualTo(
                            all.get("people").isNull() ? "" : all.get("people").asText());
            assertThat(rows.stream()
                            .filter(r ->
                                    r.get("group").equals("all") && r.get("row").equals("bucket")))
                    .hasSize(all.get("distribution").size());
        });
    }

    @Test
    void shouldNegotiateCsvThroughTheAcceptHeader() {
        withDemo((app, client) -> {
            var response = client.get("/api/v1/metrics/retention", req -> req.header("Accept", "text/csv"));
            var jsonAnswer = ok(client.get("/api/v1/metrics/retention"));

            var rows = csv(response);
            assertThat(rows).extracting(r -> r.get("days")).containsExactly("90", "180", "365");
            for (int i = 0; i < rows.size(); i++) {
                var horizon = jsonAnswer.get("horizons").get(i);
                assertThat(rows.get(i).get("observed"))
                        .isEqualTo(horizon.get("observed").asText());
                assertThat(rows.get(i).get("retained"))
                        .isEqualTo(horizon.get("retained").asText());
            }
            assertThat(jsonAnswer.get("horizons").get(0).get("observed").asInt())
                    .isPositive();
        });
    }

    @Test
    void shouldListModulesAndGapsAsJsonAndCsv() {
        withDemo((app, client) -> {
            var modules = ok(client.get("/api/v1/metrics/modules?department=Data%20%26%20Analytics"));
            var moduleRows = csv(client.get("/api/v1/metrics/modules?department=Data%20%26%20Analytics&format=csv"));
            var gaps = ok(client.get("/api/v1/metrics/gaps?role=senior-data-analyst&limit=5"));
            var gapRows = csv(client.get("/api/v1/metrics/gaps?role=senior-data-analyst&limit=5&format=csv"));

            assertThat(modules.get("modules")).isNotEmpty().hasSize(moduleRows.size());
            assertThat(moduleRows.get(0).get("moduleId"))
                    .isEqualTo(modules.get("modules").get(0).get("moduleId").asText());
            assertThat(gaps.get("skills"))
                    .isNotEmpty()
                    .hasSizeLessThanOrEqualTo(5)
                    .hasSize(gapRows.size());
            assertThat(gapRows.get(0).get("lacking"))
                    .isEqualTo(gaps.get("skills").get(0).get("lacking").asText());
        });
    }

    @Test
    void shouldNameEveryBadParameter() {
        withDemo((app, client) -> {
            var bad = client.get("/api/v1/metrics/time-to-competency?bucketDays=0&format=xml");
            assertThat(bad.code()).isEqualTo(400);
            assertThat(contentType(bad)).startsWith("application/problem+json");
            assertThat(pointers(json(bad))).containsExactlyInAnyOrder("query:bucketDays", "query:format");

            var limit = client.get("/api/v1/metrics/gaps?limit=1000&format=csv");
            assertThat(limit.code()).isEqualTo(400);
            assertThat(pointers(json(limit))).containsExactly("query:limit");
            assertThat(client.get("/api/v1/metrics/modules?dropOffDays=soon").code())
                    .isEqualTo(400);
        });
    }

    @Test
    void shouldAnswer404ForUnknownRolesAndCohorts() {
        withDemo((app, client) -> {
            for (var path : List.of(
                    "/api/v1/metrics/time-to-competency?role=astronaut",
                    "/api/v1/metrics/modules?cohort=c-nobody",
                    "/api/v1/metrics/retention?role=astronaut&format=csv",
                    "/api/v1/metrics/gaps?cohort=c-nobody")) {
                var response = client.get(path);
                assertThat(response.code()).as(path).isEqualTo(404);
                assertThat(json(response).get("code").asText()).isEqualTo("not-found");
            }
        });
    }

    @Test
    void shouldGiveNoFigureAboutADepartmentOfOnePerson() {
        withDemo((app, client) -> {
            // The demo's Executive department is one person: below the threshold of three, nothing may describe it.
            var department = "department=Executive";
            var competency = ok(client.get("/api/v1/metrics/time-to-competency?" + department));
            var modules = ok(client.get("/api/v1/metrics/modules?" + department));
            var retention = ok(client.get("/api/v1/metrics/retention?" + department));
            var gaps = ok(client.get("/api/v1/metrics/gaps?" + department));

            for (var answer : List.of(competency, modules, retention, gaps)) {
                assertThat(answer.get("people").isNull()).as(answer.toString()).isTrue();
            }
            assertThat(competency.get("notObserved").isNull()).isTrue();
            assertThat(competency.get("all").get("suppressed").asBoolean()).isTrue();
            assertThat(retention.get("levelsReached").isNull()).isTrue();
            assertThat(gaps.get("assessed").isNull()).isTrue();
            assertThat(ok(client.get("/api/v1/metrics/retention?department=Finance"))
                            .get("people")
                            .asInt())
                    .isEqualTo(11);
        });
    }

    private static List<String> pointers(com.fasterxml.jackson.databind.JsonNode problem) {
        var pointers = new ArrayList<String>();
        problem.get("errors").forEach(e -> pointers.add(e.get("pointer").asText()));
        return pointers;
    }

    private static String contentType(Response response) {
        var values = response.headers().get("Content-Type");
        return values.isEmpty() ? "" : values.get(0);
    }

    private static List<CSVRecord> csv(Response response) {
        try {
            assertThat(response.code()).isEqualTo(200);
            var format = CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            try (var parser = format.parse(new StringReader(response.body().string()))) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
