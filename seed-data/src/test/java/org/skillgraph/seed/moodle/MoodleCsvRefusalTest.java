package org.skillgraph.seed.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.interchange.InterchangeProblem;

/** Malformed Moodle CSVs are refused before anything touches the graph, each problem at its line and column. */
class MoodleCsvRefusalTest {

    private static final String HEADER = String.join(",", MoodleColumns.HEADERS) + "\n";
    private static final String FRAMEWORK =
            ",fw,Framework,,2,\"Not yet competent,Competent\",\"[{\"\"scaleid\"\":\"\"1\"\"},{\"\"id\"\":2,"
                    + "\"\"scaledefault\"\":1,\"\"proficient\"\":1}]\",,,,,,1,competency\n";

    private static String competency(String parent, String id) {
        return parent + "," + id + ",Name of " + id + ",,2,,,,0,null,,,,\n";
    }

    private static List<InterchangeProblem> refused(String csv) {
        return refused(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static List<InterchangeProblem> refused(byte[] csv) {
        var e = catchThrowableOfType(InterchangeException.class, () -> MoodleImporter.prepare("f.csv", csv));
        assertThat(e).as("refused").isNotNull();
        assertThat(e.code()).isEqualTo("invalid-moodle-csv");
        return e.problems();
    }

    @Test
    void shouldRefuseAFileWithoutMoodlesHeaderRow() {
        var problems = refused(FRAMEWORK + competency("", "a"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("line 1");
            assertThat(p.message()).contains("header row");
        });
    }

    @Test
    void shouldRefuseAnUnknownHeaderNamingItsColumn() {
        var problems = refused(HEADER.replace("Shortname", "Title") + FRAMEWORK);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("line 1/column 3");
            assertThat(p.message()).contains("'Title'").contains("'Shortname'");
        });
    }

    @Test
    void shouldRefuseAHeaderThatLacksAColumn() {
        var problems = refused(HEADER.replace(",Taxonomy", "") + FRAMEWORK);

        assertThat(problems).extracting(InterchangeProblem::pointer).containsExactly("line 1/Taxonomy");
    }

    @Test
    void shouldAcceptTheHeaderOfOtherMoodleVersionsAndAByteOrderMark() {
        var header = HEADER.replace(
                "Cross referenced competency id numbers", "Cross-referenced competency ID numbers (optional)");
        var mapping = MoodleImporter.prepare(
                "f.csv", ("\uFEFF" + header + FRAMEWORK + competency("", "a")).getBytes(StandardCharsets.UTF_8));

        assertThat(mapping.bundle().skills()).extracting(s -> s.id()).containsExactly("a");
    }

    @Test
    void shouldRefuseARowWithTheWrongNumberOfColumnsNamingItsLine() {
        var problems = refused(HEADER + FRAMEWORK + competency("", "a") + "a,b,c\n");

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("line 4");
            assertThat(p.message()).contains("has 3 columns");
        });
    }

    @Test
    void shouldRefuseAnUnknownParent() {
        var problems = refused(HEADER + FRAMEWORK + competency("", "a") + competency("ghost", "b"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("line 4/Parent id number");
            assertThat(p.message()).contains("'ghost'");
        });
    }

    @Test
    void shouldRefuseACycleOfParentsOnce() {
        var problems = refused(HEADER + FRAMEWORK + competency("c", "a") + competency("a", "b") + competency("b", "c"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("line 3/Parent id number");
            assertThat(p.message()).contains("a → c → b → a");
        });
    }

    @Test
    void shouldRefuseARepeatedIdNumber() {
        var problems = refused(HEADER + FRAMEWORK + competency("", "a") + competency("", "a"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEqualTo("line 4/Id number");
            assertThat(p.message()).contains("line 3");
        });
    }

    @Test
    void shouldRefuseAFileWithoutAFrameworkRow() {
        var problems = refused(HEADER + competency("", "a"));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.pointer()).isEmpty();
            assertThat(p.message()).contains("Is framework");
        });
    }

    @Test
    void shouldRefuseTextThatIsNotUtf8() {
        var latin1 = (HEADER + FRAMEWORK + competency("", "réseau")).getBytes(StandardCharsets.ISO_8859_1);

        assertThat(refused(latin1))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("UTF-8"));
    }

    @Test
    void shouldRefuseAnUnterminatedQuote() {
        var problems = refused(HEADER + FRAMEWORK + "\"a,b\n");

        assertThat(problems)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("not valid CSV"));
    }

    @Test
    void shouldMakeIdNumbersThatAreNotIdsUsableAndKeepThemAsAliases() {
        var mapping = MoodleImporter.prepare(
                "f.csv",
                (HEADER + FRAMEWORK + competency("", "Réseau 1") + competency("Réseau 1", "b"))
                        .getBytes(StandardCharsets.UTF_8));

        var skills = mapping.bundle().skills();
        assertThat(skills.get(0).id()).isEqualTo("Reseau-1");
        assertThat(skills.get(0).aliases()).containsExactly("Réseau 1");
        assertThat(skills.get(1).broader()).containsExactly("Reseau-1");
    }

    @Test
    void shouldKeepHtmlDescriptionsAsText() {
        assertThat(MoodleMapping.description("<p>One &amp; two<br>three</p><p>four&nbsp;five</p>", "1"))
                .isEqualTo("One & two\nthree\nfour five");
        assertThat(MoodleMapping.description("<b>kept</b>", "2")).isEqualTo("<b>kept</b>");
    }
}
