package org.skillgraph.seed.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BundleReaderTest {

    private final BundleReader reader = new BundleReader();

    private BundleReader.BundleRead read(String json) {
        return reader.readAll(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldNameTheFieldATypoMeantWithDidYouMean() {
        var read = read("""
                {"skils": [], "people": [{"id": "p", "name": "P", "targetrole": "r", "coaching": {"optIn": true, "capasity": 1}}]}
                """);

        assertThat(read.problems())
                .extracting(BundleProblem::pointer, BundleProblem::message)
                .containsExactly(
                        tuple("/people/0/coaching/capacity", "required field 'capacity' is missing"),
                        tuple("/people/0/coaching/capasity", "unknown field 'capasity'; did you mean 'capacity'?"),
                        tuple("/people/0/targetrole", "unknown field 'targetrole'; did you mean 'targetRole'?"),
                        tuple("/skils", "unknown field 'skils'; did you mean 'skills'?"));
    }

    @Test
    void shouldListTheAllowedFieldsWhenNoneIsClose() {
        var read = read("{\"topics\": [{\"id\": \"t\", \"name\": \"T\", \"colour\": \"red\"}]}");

        assertThat(read.problems())
                .singleElement()
                .satisfies(p ->
                        assertThat(p.message()).isEqualTo("unknown field 'colour'; allowed here: id, name, broader"));
    }

    @Test
    void shouldReportABadDateOnceInPlainWords() {
        var read = read("""
                {"people": [{"id": "p", "name": "P", "holds": [{"skill": "s", "level": 2, "source": "self", "at": "2026-13-01"}]}]}
                """);

        assertThat(read.problems())
                .containsExactly(new BundleProblem(
                        "/people/0/holds/0/at", "\"2026-13-01\" is not a date: write YYYY-MM-DD, e.g. 2026-03-10"));
    }

    @Test
    void shouldSayWhatIsWrongWithValuesInPlainWords() {
        var read = read("""
                {"skills": [{"id": "bad id", "name": "", "kind": "skil"},
                            {"id": "s", "name": 3, "requires": [{"skill": "x", "level": 9}]}],
                 "roles": 5}
                """);

        assertThat(read.problems())
                .extracting(BundleProblem::pointer, BundleProblem::message)
                .containsExactly(
                        tuple("/roles", "must be an array, not an integer"),
                        tuple(
                                "/skills/0/id",
                                "\"bad id\" is not a valid id: 1-200 letters, digits or . _ : / -, starting with a"
                                        + " letter or digit"),
                        tuple(
                                "/skills/0/kind",
                                "\"skil\" is not one of skill, knowledge, competence; did you mean 'skill'?"),
                        tuple("/skills/0/name", "must not be empty"),
                        tuple("/skills/1/name", "must be a string, not an integer"),
                        tuple("/skills/1/requires/0/level", "must be at most 5, not 9"));
    }

    @Test
    void shouldOrderProblemsByPointerWithIndicesAsNumbers() {
        var skills = new StringBuilder("{\"skills\": [");
        for (int i = 0; i < 12; i++) {
            skills.append(i == 0 ? "" : ",").append("{\"id\": \"s").append(i).append("\"}");
        }
        var read = read(skills.append("]}").toString());

        assertThat(read.problems())
                .extracting(BundleProblem::pointer)
                .startsWith("/skills/0/name", "/skills/1/name", "/skills/2/name")
                .endsWith("/skills/10/name", "/skills/11/name");
    }

    @Test
    void shouldKeepEntriesTheSchemaRefusedAsStubsHoldingOnlyTheirIds() {
        var read = read("""
                {"skills": [{"id": "ok", "name": "OK", "requires": [{"skill": "bad", "level": 1}]},
                            {"id": "bad", "name": "Bad", "requires": [{"skill": "ghost", "level": 9}]},
                            {"name": "no id"}]}
                """);

        assertThat(read.bundle().skills())
                .extracting(Bundle.Skill::id, s -> s.requires().size())
                .containsExactly(tuple("ok", 1), tuple("bad", 0), tuple("#/skills/2", 0));
    }
}
