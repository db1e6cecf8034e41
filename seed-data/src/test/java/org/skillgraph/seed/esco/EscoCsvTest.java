package org.skillgraph.seed.esco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class EscoCsvTest {

    private static final String HEADER = "occupationUri,relationType,skillType,skillUri\r\n";

    @Test
    void shouldReadQuotedLineBreaksAndQuotesWithinOneRecord() {
        var csv = "conceptType,conceptUri,skillType,preferredLabel,altLabels,description\r\n"
                + "KnowledgeSkillCompetence,u1,knowledge,SQL,\"structured query language\nsql\","
                + "\"Line one, with a comma.\nLine \"\"two\"\".\"\r\n"
                + "KnowledgeSkillCompetence,u2,skill/competence,test software,,Run tests.\r\n";
        var rows = new ArrayList<List<String>>();

        long count = read(
                EscoFile.SKILLS,
                csv,
                r -> rows.add(List.of(
                        r.get("conceptUri"), r.get("altLabels"), r.get("description"), String.valueOf(r.line()))));

        assertThat(count).isEqualTo(2);
        assertThat(rows.get(0))
                .containsExactly("u1", "structured query language\nsql", "Line one, with a comma.\nLine \"two\".", "2");
        assertThat(rows.get(1)).containsExactly("u2", "", "Run tests.", "5");
    }

    @Test
    void shouldIgnoreAByteOrderMark() {
        var names = new ArrayList<String>();

        read(
                EscoFile.OCCUPATION_SKILLS,
                "\uFEFF" + HEADER + "o1,essential,knowledge,s1\r\n",
                r -> names.add(r.get("occupationUri")));

        assertThat(names).containsExactly("o1");
    }

    @Test
    void shouldNameTheMissingColumns() {
        assertThatThrownBy(() -> read(EscoFile.SKILLS, "conceptUri,preferredLabel\r\nu1,SQL\r\n", r -> {}))
                .isInstanceOf(EscoFormatException.class)
                .hasMessageContaining(
                        "skills_en.csv in test.zip lacks the column(s) skillType, altLabels, description");
    }

    @Test
    void shouldRefuseARecordWithTooFewValues() {
        assertThatThrownBy(() -> read(
                        EscoFile.OCCUPATION_SKILLS, HEADER + "o1,essential,knowledge,s1\r\no2,optional\r\n", r -> {}))
                .isInstanceOf(EscoFormatException.class)
                .hasMessageContaining("line 3: 2 values where the header has 4 columns");
    }

    @Test
    void shouldRefuseAnUnterminatedQuote() {
        assertThatThrownBy(() -> read(EscoFile.OCCUPATION_SKILLS, HEADER + "o1,\"essential,knowledge,s1\r\n", r -> {}))
                .isInstanceOf(EscoFormatException.class)
                .hasMessageContaining("cannot be read as UTF-8 CSV");
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() {
        var bytes = (HEADER + "o1,essential,knowledge,s1\r\n").getBytes(StandardCharsets.UTF_8);
        bytes[HEADER.length() + 1] = (byte) 0xC3;

        assertThatThrownBy(() ->
                        EscoCsv.read(EscoFile.OCCUPATION_SKILLS, "test.zip", new ByteArrayInputStream(bytes), r -> {}))
                .isInstanceOf(EscoFormatException.class)
                .hasMessageContaining("cannot be read as UTF-8 CSV");
    }

    private static long read(EscoFile file, String csv, Consumer<EscoCsv.Row> each) {
        return EscoCsv.read(
                file,
                file.fileName() + " in test.zip",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                each);
    }
}
