package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.skillgraph.api.http.ApiFixture.bearer;
import static org.skillgraph.api.http.ApiFixture.withDemoAnonymous;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.access.AccessRole;

/** The demo framework as Moodle competency CSV, read back with the column rules of Moodle's importer. */
class MoodleApiIT {

    @Test
    void shouldExportTheDemoFrameworkAsMoodleCsvWithParentsFirst() {
        withDemoAnonymous((app, client) -> {
            var reader = ApiFixture.issued(AccessRole.READER, null);
            var response = client.get("/api/v1/frameworks/northwind/moodle.csv", bearer(reader.secret()));
            var missing = client.get("/api/v1/frameworks/no-such/moodle.csv", bearer(reader.secret()));

            assertThat(response.code()).isEqualTo(200);
            assertThat(response.headers().get("Content-Type").get(0)).startsWith("text/csv");
            try (var parser =
                    CSVFormat.DEFAULT.parse(new StringReader(response.body().string()))) {
                var rows = parser.getRecords();
                assertThat(rows.get(0).get(0)).isEqualTo("Parent id number");
                assertThat(rows.get(1).get(1)).isEqualTo("northwind");
                assertThat(rows.get(1).get(12)).isEqualTo("1");
                assertThat(rows).hasSize(2 + 84);
                var seen = new HashSet<String>();
                rows.subList(1, rows.size()).forEach(r -> {
                    assertThat(r.size()).isEqualTo(14);
                    assertThat(r.get(0).isEmpty() || seen.contains(r.get(0))).isTrue();
                    seen.add(r.get(1));
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            assertThat(missing.code()).isEqualTo(404);
        });
    }
}
