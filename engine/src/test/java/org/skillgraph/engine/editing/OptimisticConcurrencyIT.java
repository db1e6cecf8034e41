package org.skillgraph.engine.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.error.PreconditionFailedException;
import org.skillgraph.seed.bundle.ImportProgress;

class OptimisticConcurrencyIT {

    private final EditingGraph g = new EditingGraph();

    @BeforeEach
    void load() {
        g.load();
    }

    @Test
    void shouldWriteWithTheTagOfTheLastReadAndAnswerTheNewTag() {
        var read = g.skills.findTagged("sql").orElseThrow();
        var renamed = withName(Drafts.sql(), "Structured Query Language");

        var written = g.editors().skills().replace(renamed, IfMatch.of(Set.of(read.etag())));

        assertThat(written.value().name()).isEqualTo("Structured Query Language");
        assertThat(written.etag()).isNotEqualTo(read.etag()).matches("\"[0-9a-f]{20}\"");
        assertThat(g.skills.findTagged("sql").orElseThrow().etag()).isEqualTo(written.etag());
    }

    @Test
    void shouldRefuseAStaleWriteWithTheCurrentTagAndChangeNothing() {
        var read = g.skills.findTagged("sql").orElseThrow();
        var current = g.editors().skills().replace(withName(Drafts.sql(), "First"), IfMatch.of(Set.of(read.etag())));
        long version = g.version();

        assertThatExceptionOfType(PreconditionFailedException.class)
                .isThrownBy(() ->
                        g.editors().skills().replace(withName(Drafts.sql(), "Second"), IfMatch.of(Set.of(read.etag()))))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("stale-write");
                    assertThat(e.currentTag()).isEqualTo(current.etag());
                });
        assertThat(g.skills.find("sql").orElseThrow().name()).isEqualTo("First");
        assertThat(g.version()).isEqualTo(version);
    }

    @Test
    void shouldNoticeChangesMadeByAnImportToo() {
        var read = g.skills.findTagged("sql").orElseThrow();
        var bundle = "{\"skills\": [{\"id\": \"sql\", \"name\": \"SQL (imported)\"}]}";
        g.neo4j
                .importer()
                .importBundle(new ByteArrayInputStream(bundle.getBytes(StandardCharsets.UTF_8)), ImportProgress.none());

        assertThatExceptionOfType(PreconditionFailedException.class)
                .isThrownBy(() -> g.editors().skills().replace(Drafts.sql(), IfMatch.of(Set.of(read.etag()))));
    }

    @Test
    void shouldCheckSubResourceWritesAgainstTheOwnersTag() {
        var skill = g.skills.findTagged("storytelling").orElseThrow();
        var person = g.people.findTagged("p-2").orElseThrow();
        var holding = new HoldingDraft(2, "self", null, 0.5);

        var prerequisite = g.editors().prerequisites().put("storytelling", "sql", 2, IfMatch.of(Set.of(skill.etag())));
        var held = g.editors().holdings().put("p-2", "sql", holding, IfMatch.of(Set.of(person.etag())));

        assertThat(prerequisite.etag())
                .isEqualTo(g.skills.findTagged("storytelling").orElseThrow().etag());
        assertThat(held.etag())
                .isEqualTo(g.people.findTagged("p-2").orElseThrow().etag());
        assertThatExceptionOfType(PreconditionFailedException.class)
                .isThrownBy(() ->
                        g.editors().prerequisites().remove("storytelling", "sql", IfMatch.of(Set.of(skill.etag()))));
        assertThatExceptionOfType(PreconditionFailedException.class)
                .isThrownBy(() -> g.editors().people().delete("p-2", true, IfMatch.of(Set.of(person.etag()))));
        assertThat(g.people.find("p-2")).isPresent();
    }

    @Test
    void shouldTagEqualContentEquallyAndAcceptAnyOfSeveralTags() {
        var read = g.roles.findTagged("analyst").orElseThrow();

        var rewritten = g.editors().roles().replace(Drafts.analyst(), IfMatch.of(Set.of("\"other\"", read.etag())));

        assertThat(rewritten.etag())
                .as("the same content written again has the same tag")
                .isEqualTo(read.etag());
        assertThat(rewritten.value().profile()).hasSize(1);
    }

    private static SkillDraft withName(SkillDraft d, String name) {
        return new SkillDraft(
                d.id(),
                name,
                d.description(),
                d.aliases(),
                d.kind(),
                d.topics(),
                d.broader(),
                d.requires(),
                d.related());
    }
}
