package org.skillgraph.seed.onet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillgraph.seed.bundle.Bundle;
import org.skillgraph.seed.interchange.InterchangeException;
import org.skillgraph.seed.interchange.InterchangeProblem;

class OnetMappingTest {

    private final OnetImporter importer = new OnetImporter(null);

    private OnetImporter.Prepared prepare(Map<String, byte[]> files, String release) {
        return importer.prepare(new OnetSource(files, Optional.empty()), Optional.ofNullable(release));
    }

    private static Map<String, byte[]> with(String file, String text) {
        var files = new HashMap<>(OnetFixtures.files());
        files.put(file, text.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void shouldMapTheRealExcerptOntoRolesSkillsTopicsAndMoves() {
        var mapping = importer.prepare(OnetSource.ofDirectory(OnetFixtures.directory()), Optional.of("28.0"))
                .mapping();
        var bundle = mapping.bundle();

        assertThat(bundle.frameworks()).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("onet-28.0");
            assertThat(f.licence()).isEqualTo("CC-BY-4.0");
            assertThat(f.scale()).isEqualTo(OnetMapping.LEVEL_SCALE);
        });
        assertThat(bundle.roles())
                .extracting(Bundle.Role::id)
                .containsExactly("onet:11-1011.00", "onet:11-1011.03", "onet:11-1021.00");
        assertThat(bundle.roles()).allMatch(r -> "Management".equals(r.family()));
        // 35 skills, 3 knowledge elements, 3 abilities.
        assertThat(bundle.skills()).hasSize(41);
        assertThat(bundle.skills())
                .filteredOn(s -> s.id().equals("onet:2.A.1.a"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.name()).isEqualTo("Reading Comprehension");
                    assertThat(s.description()).startsWith("Understanding written sentences");
                    assertThat(s.kind()).isEqualTo("skill");
                    assertThat(s.topics()).containsExactly("onet:2.A.1");
                    assertThat(s.framework()).isEqualTo("onet-28.0");
                });
        assertThat(bundle.skills())
                .filteredOn(s -> s.id().equals("onet:1.A.1.a.1"))
                .singleElement()
                .satisfies(s -> assertThat(s.kind()).isEqualTo("competence"));
        assertThat(bundle.topics())
                .filteredOn(t -> t.id().equals("onet:2.A.1"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.name()).isEqualTo("Content");
                    assertThat(t.broader()).containsExactly("onet:2.A");
                });
        // 2.B is not in the excerpt's Content Model Reference: the topic is named by its id.
        assertThat(bundle.topics())
                .filteredOn(t -> t.id().equals("onet:2.B.3"))
                .singleElement()
                .satisfies(t -> assertThat(t.name()).isEqualTo("O*NET 2.B.3"));

        var chief = bundle.roles().get(0);
        assertThat(chief.needs())
                .filteredOn(n -> n.skill().equals("onet:2.A.1.a"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.scaleValue()).isEqualTo(4.62);
                    assertThat(n.importance()).isEqualTo(4); // IM 4.12
                    assertThat(n.essential()).isTrue();
                });
        assertThat(chief.needs())
                .filteredOn(n -> n.skill().equals("onet:2.A.1.e"))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.importance()).isEqualTo(3); // IM 3.25
                    assertThat(n.essential()).isFalse();
                });
        // Science: LV 0.75 is below 1; Installation: not relevant; Clerical IM 2.66 LV 3.5 kept.
        assertThat(chief.needs())
                .extracting(Bundle.Need::skill)
                .doesNotContain("onet:2.A.1.f", "onet:2.B.3.d")
                .contains("onet:2.C.1.b");
        assertThat(chief.leadsTo()).extracting(Bundle.Move::role).containsExactly("onet:11-1011.03", "onet:11-1021.00");
        assertThat(chief.leadsTo()).allMatch(m -> m.kind().equals("lateral"));

        assertThat(mapping.skipped())
                .containsEntry("Not Relevant = Y", 18L)
                .containsEntry("LV below 1.0", 6L)
                .containsEntry("no IM and LV rating pair", 1L)
                .containsEntry("Supplemental related occupation", 1L)
                .containsEntry("move between occupations not in Occupation Data.txt", 3L);
        assertThat(mapping.mapped())
                .containsEntry("roles", 3L)
                .containsEntry("skills", 41L)
                .containsEntry("moves", 3L);
    }

    @Test
    void shouldRoundImportanceHalfUpAndFindParents() {
        assertThat(OnetMapping.importance(3.49)).isEqualTo(3);
        assertThat(OnetMapping.importance(3.5)).isEqualTo(4);
        assertThat(OnetMapping.importance(1.0)).isEqualTo(1);
        assertThat(OnetMapping.importance(5.0)).isEqualTo(5);
        assertThat(OnetMapping.parent("2.A.1.a")).isEqualTo("2.A.1");
        assertThat(OnetMapping.parent("2")).isNull();
        assertThat(SocMajorGroups.size()).isEqualTo(23);
        assertThat(SocMajorGroups.of("15-1252.00")).contains("Computer and Mathematical");
        assertThat(SocMajorGroups.of("99-0000.00")).isEmpty();
    }

    @Test
    void shouldSkipSuppressedRatingsAndCountThem() {
        var header = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tData Value\tN\tStandard Error\t"
                + "Lower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\tDomain Source\n";
        var knowledge = header
                + "11-1021.00\t2.C.1.a\tAdministration and Management\tIM\t4.75\t27\t0.09\t4.56\t4.94\tY\tn/a\t07/2014\tIncumbent\n"
                + "11-1021.00\t2.C.1.a\tAdministration and Management\tLV\t6.23\t27\t0.17\t5.88\t6.57\tN\tN\t07/2014\tIncumbent\n"
                + "11-1021.00\t2.C.1.b\tClerical\tIM\t1.50\t27\t0.22\t2.21\t3.11\tN\tn/a\t07/2014\tIncumbent\n"
                + "11-1021.00\t2.C.1.b\tClerical\tLV\t3.50\t27\t0.41\t2.66\t4.34\tN\tN\t07/2014\tIncumbent\n";
        long before = prepare(OnetFixtures.files(), "28.0").mapping().skipped().get("IM below 2.0");
        var mapping = prepare(with(OnetFile.KNOWLEDGE, knowledge), "28.0").mapping();
        assertThat(mapping.skipped())
                .containsEntry("Recommend Suppress = Y", 2L)
                .containsEntry("IM below 2.0", before + 2);
    }

    @Test
    void shouldReadCareerChangersAsMoves() {
        var files = with(
                OnetFile.CAREER_CHANGERS, "O*NET-SOC Code\tRelated O*NET-SOC Code\tIndex\n11-1021.00\t11-1011.00\t1\n");
        var mapping = prepare(files, "28.0").mapping();
        assertThat(mapping.bundle().roles().get(2).leadsTo())
                .containsExactly(new Bundle.Move("onet:11-1011.00", "lateral"));
    }

    @Test
    void shouldRefuseAMissingRequiredFileANamelessReleaseAndAMissingColumn() {
        var files = new HashMap<>(OnetFixtures.files());
        files.remove(OnetFile.ABILITIES);
        files.put(
                OnetFile.OCCUPATIONS,
                "O*NET-SOC Code\tTitle\n11-1011.00\tChief Executives\n".getBytes(StandardCharsets.UTF_8));
        var e = catchThrowableOfType(InterchangeException.class, () -> prepare(files, null));
        assertThat(e.code()).isEqualTo(OnetImporter.INVALID);
        assertThat(e.problems())
                .extracting(InterchangeProblem::file, InterchangeProblem::pointer)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("", ""),
                        org.assertj.core.groups.Tuple.tuple(OnetFile.ABILITIES, ""),
                        org.assertj.core.groups.Tuple.tuple(OnetFile.OCCUPATIONS, "line 1/Description"));
    }

    @Test
    void shouldRefuseBadRowsNamingFileLineAndColumn() {
        var skills = new String(OnetFixtures.files().get(OnetFile.SKILLS), StandardCharsets.UTF_8)
                .replaceFirst("\tIM\t4.12\t", "\tIM\tfour\t")
                .replaceFirst("11-1011.03\t2.A.1.a", "11-1011\t2.A.1.a");
        var e = catchThrowableOfType(InterchangeException.class, () -> prepare(with(OnetFile.SKILLS, skills), "28.0"));
        assertThat(e.problems())
                .extracting(InterchangeProblem::file, InterchangeProblem::pointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(OnetFile.SKILLS, "line 2/Data Value"),
                        org.assertj.core.groups.Tuple.tuple(OnetFile.SKILLS, "line 72/O*NET-SOC Code"));
    }

    @Test
    void shouldRefuseARowOfTheWrongWidth() {
        var abilities = new String(OnetFixtures.files().get(OnetFile.ABILITIES), StandardCharsets.UTF_8)
                + "11-1011.00\t1.A.1.a.4\n";
        var e = catchThrowableOfType(
                InterchangeException.class, () -> prepare(with(OnetFile.ABILITIES, abilities), "28.0"));
        assertThat(e.problems())
                .extracting(InterchangeProblem::file, InterchangeProblem::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OnetFile.ABILITIES, "line 8"));
    }

    @Test
    void shouldRefuseALevelOutOfRange() {
        var abilities = new String(OnetFixtures.files().get(OnetFile.ABILITIES), StandardCharsets.UTF_8)
                .replace("\tLV\t5.00\t", "\tLV\t7.50\t");
        var e = catchThrowableOfType(
                InterchangeException.class, () -> prepare(with(OnetFile.ABILITIES, abilities), "28.0"));
        assertThat(e.problems()).extracting(InterchangeProblem::pointer).containsExactly("line 7/Data Value");
    }

    @Test
    void shouldReadAZipAndTakeTheReleaseFromItsFolder() {
        var source = OnetSource.ofZip(
                "db.zip", new ByteArrayInputStream(OnetFixtures.zip("db_29_1_text", OnetFixtures.files())));
        assertThat(source.release()).contains("29.1");
        assertThat(source.files()).containsKeys(OnetFile.SKILLS, OnetFile.OCCUPATIONS);
        assertThat(importer.prepare(source, Optional.empty()).release()).isEqualTo("29.1");
    }

    @Test
    void shouldRefuseAFileThatUnpacksBeyondTheLimit() {
        var huge = new byte[(int) OnetSource.MAX_FILE_BYTES + 1];
        var zip = OnetFixtures.zip("db_28_0_text", Map.of(OnetFile.SKILLS, huge));

        var e = catchThrowableOfType(
                InterchangeException.class, () -> OnetSource.ofZip("big.zip", new ByteArrayInputStream(zip)));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("big.zip");
            assertThat(p.message()).startsWith("Skills.txt is larger than 64 MB");
        });
    }

    @Test
    void shouldRefuseSomethingThatIsNoZip() {
        var e = catchThrowableOfType(
                InterchangeException.class,
                () -> OnetSource.ofZip(
                        "upload", new ByteArrayInputStream("not a zip".getBytes(StandardCharsets.UTF_8))));
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("upload");
            assertThat(p.message()).contains("zip");
        });
    }
}
