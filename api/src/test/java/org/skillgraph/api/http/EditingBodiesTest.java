package org.skillgraph.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.editing.LevelRef;
import org.skillgraph.engine.editing.RoleDraft;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;

/** Every body type is validated field by field, every problem named by its JSON pointer. */
class EditingBodiesTest {

    @Test
    void shouldTurnAValidSkillIntoADraftWithDefaultsForLeftOutLists() {
        var draft = read(
                        "{\"id\": \"sql\", \"name\": \"SQL\", \"requires\": [{\"skill\": \"modelling\", \"level\": 2}]}",
                        SkillBody.class)
                .toDraft(null);

        assertThat(draft.requires()).containsExactly(new LevelRef("modelling", 2));
        assertThat(draft.topics()).isEmpty();
        assertThat(draft.kind()).isNull();
    }

    @Test
    void shouldNameEveryBadSkillField() {
        var body = """
                {"id": "-x", "name": " ", "kind": "art", "aliases": ["a", "a", null], "topics": ["t ok"],
                 "broader": ["b", "b"], "requires": [{"skill": "s"}, {"level": 0, "skill": "t"}, null], "related": [""]}""";

        assertThat(pointers(body, SkillBody.class, b -> b.toDraft(null)))
                .containsExactly(
                        "/id",
                        "/name",
                        "/aliases/2",
                        "/aliases/1",
                        "/kind",
                        "/topics/0",
                        "/broader/1",
                        "/requires/0/level",
                        "/requires/1/level",
                        "/requires/2",
                        "/related/0");
    }

    @Test
    void shouldTakeThePathIdAndRefuseAnotherInTheBody() {
        assertThat(read("{\"name\": \"SQL\"}", SkillBody.class).toDraft("sql").id())
                .isEqualTo("sql");
        assertThat(pointers("{\"id\": \"other\", \"name\": \"SQL\"}", SkillBody.class, b -> b.toDraft("sql")))
                .containsExactly("/id");
        assertThat(pointers("{\"name\": \"SQL\"}", SkillBody.class, b -> b.toDraft(null)))
                .containsExactly("/id");
    }

    @Test
    void shouldNameEveryBadTopicField() {
        assertThat(pointers(
                        "{\"id\": \"t x\", \"broader\": [\"t-a\", \"t-a\"]}", TopicBody.class, b -> b.toDraft(null)))
                .containsExactly("/id", "/name", "/broader/1");
    }

    @Test
    void shouldNameEveryBadRoleField() {
        var body = """
                {"title": "", "level": 0, "needs": [{"skill": "sql", "level": 6, "importance": 0}, {"skill": "sql", "level": 1, "importance": 1, "essential": true}],
                 "leadsTo": [{"role": "r-1", "kind": "sideways"}, {"kind": "lateral"}]}""";

        assertThat(pointers(body, RoleBody.class, b -> b.toDraft("r-1")))
                .containsExactly(
                        "/title",
                        "/level",
                        "/needs/0/level",
                        "/needs/0/importance",
                        "/needs/0/essential",
                        "/needs/1",
                        "/leadsTo/0/role",
                        "/leadsTo/0/kind",
                        "/leadsTo/1/role");
    }

    @Test
    void shouldTurnAValidRoleIntoADraft() {
        var draft = read(
                        "{\"title\": \"Analyst\", \"needs\": [{\"skill\": \"sql\", \"level\": 3, \"importance\": 5, \"essential\": true}]}",
                        RoleBody.class)
                .toDraft("analyst");

        assertThat(draft.needs()).containsExactly(new RoleDraft.Need("sql", 3, 5, true));
        assertThat(draft.leadsTo()).isEmpty();
    }

    @Test
    void shouldNameEveryBadModuleField() {
        var body = """
                {"id": "m-1", "title": "T", "hours": 0, "modality": "tv", "cycle": "hourly", "aids": ["smell", "captions", "captions"],
                 "passScore": 101, "assessment": "vibes", "status": "gone", "teaches": [{"skill": "sql", "level": 9}], "assumes": [{"level": 1}]}""";

        assertThat(pointers(body, ModuleBody.class, b -> b.toDraft(null)))
                .containsExactly(
                        "/hours",
                        "/modality",
                        "/pacing",
                        "/cycle",
                        "/core",
                        "/aids/0",
                        "/aids/2",
                        "/passScore",
                        "/assessment",
                        "/status",
                        "/teaches/0/level",
                        "/assumes/0/skill");
    }

    @Test
    void shouldNameEveryBadPersonField() {
        var body = """
                {"id": "p-1", "name": "", "timezone": "+02:00", "role": "r x", "targetSince": "2026-01-01", "manager": "p-1",
                 "weeklyHours": 200, "pace": "sprint", "coaching": {"capacity": -1}}""";

        assertThat(pointers(body, PersonBody.class, b -> b.toDraft(null)))
                .containsExactly(
                        "/name",
                        "/timezone",
                        "/role",
                        "/targetSince",
                        "/manager",
                        "/weeklyHours",
                        "/pace",
                        "/coaching/optIn",
                        "/coaching/capacity");
    }

    @Test
    void shouldTurnAValidPersonIntoADraft() {
        var draft = read(
                        "{\"name\": \"Ada\", \"timezone\": \"Europe/Dublin\", \"targetRole\": \"r-2\", \"targetSince\": \"2026-01-01\", \"coaching\": {\"optIn\": true, \"capacity\": 2}}",
                        PersonBody.class)
                .toDraft("p-1");

        assertThat(draft.targetSince()).isEqualTo(LocalDate.parse("2026-01-01"));
        assertThat(draft.coaching().capacity()).isEqualTo(2);
    }

    @Test
    void shouldNameBadPrerequisiteAndHoldingFields() {
        assertThat(pointers("{}", PrerequisiteBody.class, PrerequisiteBody::checkedLevel))
                .containsExactly("/level");
        assertThat(pointers("{\"level\": 0}", PrerequisiteBody.class, PrerequisiteBody::checkedLevel))
                .containsExactly("/level");
        assertThat(pointers("{\"level\": 6, \"confidence\": 1.5}", HoldingBody.class, HoldingBody::toDraft))
                .containsExactly("/level", "/source", "/confidence");
        assertThat(read("{\"level\": 0, \"source\": \"self\"}", HoldingBody.class)
                        .toDraft()
                        .at())
                .isNull();
    }

    @Test
    void shouldDescribeUnreadableBodiesInJsonTerms() {
        var unknown = readFailure("{\"name\": \"x\", \"colour\": \"red\"}", TopicBody.class);
        var wrongType = readFailure("{\"level\": \"high\"}", PrerequisiteBody.class);
        var badDate = readFailure("{\"level\": 1, \"source\": \"self\", \"at\": \"soon\"}", HoldingBody.class);
        var notAList = readFailure("{\"name\": \"x\", \"broader\": \"t-a\"}", TopicBody.class);
        var numberAsName = readFailure("{\"name\": 3}", TopicBody.class);
        var textAsLevel = readFailure("{\"level\": \"3\"}", PrerequisiteBody.class);
        var fractionAsLevel = readFailure("{\"level\": 2.7}", PrerequisiteBody.class);

        assertThat(JsonErrors.describe(unknown)).isEqualTo("unknown field 'colour'; known fields: broader, id, name");
        assertThat(JsonErrors.describe(wrongType)).isEqualTo("must be an integer");
        assertThat(JsonErrors.describe(badDate)).isEqualTo("must be a date, YYYY-MM-DD");
        assertThat(JsonErrors.describe(notAList)).isEqualTo("must be an array");
        assertThat(JsonErrors.describe(numberAsName)).isEqualTo("must be a string");
        assertThat(JsonErrors.describe(textAsLevel)).isEqualTo("must be an integer");
        assertThat(JsonErrors.describe(fractionAsLevel)).isEqualTo("must be an integer");
        assertThat(read("{\"id\": \"m\", \"hours\": 6}", ModuleBody.class).hours())
                .isEqualTo(6.0);
    }

    private static <T> List<String> pointers(String json, Class<T> type, Function<T, ?> validate) {
        var body = read(json, type);
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidRequestException.class, () -> validate.apply(body));
        assertThat(thrown).as("validation of " + json).isNotNull();
        assertThat(thrown.code()).isEqualTo("invalid-body");
        return thrown.errors().stream().map(FieldError::pointer).toList();
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return ApiFixture.JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonProcessingException readFailure(String json, Class<?> type) {
        return assertThatExceptionOfType(JsonProcessingException.class)
                .isThrownBy(() -> ApiFixture.JSON.readValue(json, type))
                .actual();
    }
}
