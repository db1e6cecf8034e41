package org.skillgraph.seed.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV read back with the column rules of Moodle's importer: by position, a header row, parents first. */
class MoodleCsvWriterTest {

    private static final String EXPORT = """
            {"frameworks": [{"id": "alpha", "title": "Alpha skills",
                             "scale": {"name": "Moodle", "mapping": [{"value": "Not yet", "level": 0},
                                                                     {"value": "Competent, fully", "level": 3}]}},
                            {"id": "beta", "title": "Beta"}],
             "skills": [
               {"id": "a-tuning", "name": "Query tuning", "framework": "alpha", "broader": ["a-sql"]},
               {"id": "a-sql", "name": "SQL", "description": "Query data", "framework": "alpha",
                "broader": ["a-root"], "related": ["a-root", "odd,id"]},
               {"id": "a-root", "name": "%s", "framework": "alpha"},
               {"id": "b-other", "name": "Other", "framework": "beta"}]}
            """.formatted("D".repeat(130));

    @Test
    void shouldWriteAFrameworkRowThenEverySkillAfterItsParent() throws IOException {
        var export = new ObjectMapper().readTree(EXPORT);

        var rows = read(MoodleCsvWriter.write(export, export.get("frameworks").get(0)));

        assertThat(rows.get(0).values()).containsExactlyElementsOf(MoodleColumns.HEADERS);
        var framework = rows.get(1);
        assertThat(framework.get(1)).isEqualTo("alpha");
        assertThat(framework.get(2)).isEqualTo("Alpha skills");
        assertThat(framework.get(5)).isEqualTo("Not yet,Competent  fully");
        assertThat(framework.get(12)).isEqualTo("1");
        var skills = rows.subList(2, rows.size());
        assertThat(skills).extracting(r -> r.get(1)).containsExactly("a-root", "a-sql", "a-tuning");
        var seen = new HashSet<String>();
        for (var row : rows.subList(1, rows.size())) {
            assertThat(row.size()).isEqualTo(MoodleColumns.HEADERS.size());
            assertThat(row.get(0).isEmpty() || seen.contains(row.get(0)))
                    .as("parent of %s written before it", row.get(1))
                    .isTrue();
            assertThat(row.get(2).length()).isLessThanOrEqualTo(MoodleColumns.SHORTNAME_LENGTH);
            seen.add(row.get(1));
        }
        assertThat(skills.get(1).get(0)).isEqualTo("a-root");
        assertThat(skills.get(1).get(3)).isEqualTo("Query data");
        assertThat(skills.get(1).get(10)).isEqualTo("a-root,odd%2Cid");
        assertThat(skills).extracting(r -> r.get(12)).containsOnly("");
    }

    private static List<CSVRecord> read(String csv) throws IOException {
        try (var parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            return parser.getRecords();
        }
    }
}
