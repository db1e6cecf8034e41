package org.skillgraph.engine.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skillgraph.engine.concurrency.IfMatch;
import org.skillgraph.engine.curriculum.CurriculumCache;
import org.skillgraph.engine.curriculum.CurriculumRepository;
import org.skillgraph.engine.error.ConflictException;
import org.skillgraph.engine.error.FieldError;
import org.skillgraph.engine.error.InvalidRequestException;
import org.skillgraph.engine.error.NotFoundException;

class EditorsIT {

    private final EditingGraph g = new EditingGraph();

    @BeforeEach
    void load() {
        g.load();
    }

    @Test
    void shouldCreateASkillWithEveryRelationshipItOwnsAndBumpTheVersionOnce() {
        long before = g.version();
        var draft = new SkillDraft(
                "window-functions",
                "Window functions",
                "Ranks and running totals in SQL.",
                List.of("OVER clause"),
                "skill",
                List.of("t-sql"),
                List.of("sql"),
                List.of(new LevelRef("sql", 3)),
                List.of("query-tuning"));

        var created = g.editors().skills().create(draft).value();

        assertThat(created.description()).isEqualTo("Ranks and running totals in SQL.");
        assertThat(created.aliases()).containsExactly("OVER clause");
        assertThat(created.topics()).extracting(t -> t.id()).containsExactly("t-sql");
        assertThat(created.prerequisites())
                .extracting(p -> p.id() + ":" + p.level())
                .containsExactly("sql:3");
        assertThat(created.related()).extracting(r -> r.id()).containsExactly("query-tuning");
        assertThat(g.count("MATCH (:Skill {id: 'window-functions'})-[:BROADER]->(:Skill {id: 'sql'}) RETURN count(*)"))
                .isOne();
        assertThat(g.version()).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseToCreateWhatExists() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().skills().create(Drafts.sql()))
                .satisfies(e -> assertThat(e.code()).isEqualTo("already-exists"));
    }

    @Test
    void shouldReplaceEveryPropertyAndOwnedRelationship() {
        var draft = new SkillDraft(
                "sql", "SQL", null, List.of(), "knowledge", List.of("t-tech"), List.of(), List.of(), List.of());

        var replaced = g.editors().skills().replace(draft, IfMatch.absent()).value();

        assertThat(replaced.kind()).isEqualTo("knowledge");
        assertThat(replaced.aliases()).isEmpty();
        assertThat(replaced.topics()).extracting(t -> t.id()).containsExactly("t-tech");
        assertThat(replaced.prerequisites()).isEmpty();
        assertThat(replaced.related()).isEmpty();
        assertThat(replaced.neededBy())
                .as("incoming relationships belong to others")
                .hasSize(1);
    }

    @Test
    void shouldNameEveryUnknownReferenceByPointerAndWriteNothing() {
        var draft = new SkillDraft(
                "sql",
                "SQL v2",
                null,
                List.of(),
                null,
                List.of("t-data", "t-nope"),
                List.of(),
                List.of(new LevelRef("modelling", 2), new LevelRef("cobol", 1)),
                List.of());

        assertThatExceptionOfType(InvalidRequestException.class)
                .isThrownBy(() -> g.editors().skills().replace(draft, IfMatch.absent()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("unknown-reference");
                    assertThat(e.errors())
                            .containsExactly(
                                    new FieldError("/requires/1/skill", "unknown skill 'cobol'"),
                                    new FieldError("/topics/1", "unknown topic 't-nope'"));
                });
        assertThat(g.skills.find("sql").orElseThrow().name()).isEqualTo("SQL");
    }

    @Test
    void shouldAnswer404ForUnknownIds() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> g.editors().skills().replace(Drafts.skill("nope", List.of()), IfMatch.absent()));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> g.editors().prerequisites().put("sql", "nope", 1, IfMatch.absent()))
                .withMessageContaining("nope");
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> g.editors().prerequisites().remove("sql", "storytelling", IfMatch.absent()))
                .withMessageContaining("prerequisite");
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> g.editors().holdings().remove("p-2", "sql", IfMatch.absent()));
    }

    @Test
    void shouldReplaceARolesProfileAndMovesAndLetTheSnapshotFollow() {
        var cache = new CurriculumCache(new CurriculumRepository(g.graph)::load);
        var before = cache.at(g.version());
        assertThat(before.roleProfile("analyst")).hasSize(1);
        var draft = new RoleDraft(
                "analyst",
                "Data Analyst",
                "Data",
                2,
                "Answers questions with data.",
                List.of(new RoleDraft.Need("sql", 3, 5, true), new RoleDraft.Need("storytelling", 2, 3, false)),
                List.of(new RoleDraft.Move("archivist", "lateral")));

        var replaced = g.editors().roles().replace(draft, IfMatch.absent()).value();

        assertThat(replaced.profile()).extracting(p -> p.skillId()).containsExactly("sql", "storytelling");
        assertThat(replaced.movesOut())
                .extracting(m -> m.roleId() + ":" + m.kind())
                .containsExactly("archivist:lateral");
        assertThat(cache.at(g.version()).roleProfile("analyst")).hasSize(2);
    }

    @Test
    void shouldReplaceWhatAModuleTeachesAndAssumes() {
        var draft = new ModuleDraft(
                "m-draft",
                "Storytelling with data",
                2.5,
                "video",
                "self-paced",
                "weekly",
                true,
                List.of("captions"),
                70,
                "quiz",
                "published",
                List.of(new LevelRef("storytelling", 2)),
                List.of(new LevelRef("spreadsheets", 1)));

        var replaced = g.editors().modules().replace(draft, IfMatch.absent()).value();

        assertThat(replaced.hours()).isEqualTo(2.5);
        assertThat(replaced.aids()).containsExactly("captions");
        assertThat(replaced.teaches())
                .extracting(t -> t.skillId() + ":" + t.level())
                .containsExactly("storytelling:2");
        assertThat(replaced.assumes())
                .extracting(t -> t.skillId() + ":" + t.level())
                .containsExactly("spreadsheets:1");
    }

    @Test
    void shouldRefuseAReportingLineThatClosesACycle() {
        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().people().replace(Drafts.person("p-1", "p-3"), IfMatch.absent()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("reporting-cycle");
                    assertThat(e.details()).containsEntry("cycle", List.of("p-1", "p-3", "p-2", "p-1"));
                });
    }

    @Test
    void shouldRefuseATopicHierarchyCycle() {
        var draft = new TopicDraft("t-tech", "Technology", List.of("t-sql"));

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().topics().replace(draft, IfMatch.absent()))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo("taxonomy-cycle");
                    assertThat(e.details()).containsEntry("cycle", List.of("t-tech", "t-sql", "t-data", "t-tech"));
                });
    }

    @Test
    void shouldRefuseASkillTaxonomyCycle() {
        var draft = new SkillDraft(
                "sql", "SQL", null, List.of(), null, List.of(), List.of("query-tuning"), List.of(), List.of());

        assertThatExceptionOfType(ConflictException.class)
                .isThrownBy(() -> g.editors().skills().replace(draft, IfMatch.absent()))
                .satisfies(e -> assertThat(e.details()).containsEntry("cycle", List.of("sql", "query-tuning", "sql")));
    }

    @Test
    void shouldReplaceAPersonsRecordButKeepTheirHoldingsAndHistory() {
        var draft = new PersonDraft(
                "p-2",
                "Ben Example",
                "Data",
                "Cork",
                "Europe/Dublin",
                "senior-analyst",
                "analyst",
                LocalDate.parse("2026-05-01"),
                null,
                4.0,
                "steady",
                new PersonDraft.Coaching(true, 1));
        g.editors().holdings().put("p-2", "sql", new HoldingDraft(2, "manager", null, null), IfMatch.absent());
        long version = g.version();
        long orgVersion = (Long) g.neo4j
                .query("MATCH (m:Meta {id: 'meta'}) RETURN m.orgVersion", Map.of())
                .get(0);

        var replaced = g.editors().people().replace(draft, IfMatch.absent()).value();

        assertThat(g.version())
                .as("people are not curriculum: the snapshot stays valid")
                .isEqualTo(version);
        assertThat(replaced.role().id()).isEqualTo("senior-analyst");
        assertThat(replaced.targetRole().id()).isEqualTo("analyst");
        assertThat(replaced.targetRole().since()).isEqualTo(LocalDate.parse("2026-05-01"));
        assertThat(replaced.manager()).isNull();
        assertThat(replaced.coaching().optIn()).isTrue();
        assertThat(replaced.holds()).extracting(h -> h.skillId()).containsExactly("sql");
    }

    @Test
    void shouldSetAndReplaceAHoldingDatedTodayByDefault() {
        long version = g.version();
        var first = g.editors().holdings().put("p-2", "sql", new HoldingDraft(2, "self", null, 0.6), IfMatch.absent());
        var second = g.editors()
                .holdings()
                .put(
                        "p-2",
                        "sql",
                        new HoldingDraft(3, "assessment", LocalDate.parse("2026-05-20"), null),
                        IfMatch.absent());

        assertThat(first.created()).isTrue();
        assertThat(first.value().at()).isEqualTo(LocalDate.now(EditingGraph.CLOCK));
        assertThat(g.version()).as("holdings are people data").isEqualTo(version);
        assertThat(second.created()).isFalse();
        var stored =
                g.neo4j.query("MATCH (:Person {id: 'p-2'})-[h:HOLDS]->(:Skill {id: 'sql'}) RETURN h {.*}", Map.of());
        assertThat(stored)
                .containsExactly(Map.of("level", 3L, "source", "assessment", "at", LocalDate.parse("2026-05-20")));

        g.editors().holdings().remove("p-2", "sql", IfMatch.absent());

        assertThat(g.people.find("p-2").orElseThrow().holds()).isEmpty();
    }
}
